// What a worker, thread or process, does with one request of the pool: lint
// the file with its own engine and say how that went.
import type { Engine } from '../engine.js';
import { RuleError, UserError } from '../errors.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

export async function answer(engine: Promise<Engine>, request: WorkerRequest): Promise<WorkerReply> {
  try {
    const results = await (await engine).lintFile(request.file, request.label);
    // The analysed source text stays here: the report does not need it back.
    return { id: request.id, results };
  } catch (error) {
    return { id: request.id, error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError, rule: error instanceof RuleError } };
  }
}
