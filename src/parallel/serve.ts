// What a worker, thread or process, does with one request of the pool: lint
// the file with its own runner and say how that went.
import type { Runner } from '../runner.js';
import { RuleError, UserError } from '../errors.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

export async function answer(runner: Promise<Runner>, request: WorkerRequest): Promise<WorkerReply> {
  try {
    const results = await (await runner).lintFile(request.file, request.label);
    // The analysed source text stays here: the report does not need it back.
    return { id: request.id, results };
  } catch (error) {
    return { id: request.id, error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError, rule: error instanceof RuleError } };
  }
}
