// What a worker, thread or process, does with one request of the pool: lint
// the file with its own runner and say how that went.
import type { Runner } from '../runner.js';
import { errorReply, type WorkerReply, type WorkerRequest } from './protocol.js';

export async function answer(runner: Promise<Runner>, request: WorkerRequest): Promise<WorkerReply> {
  try {
    const results = await (await runner).lintFile(request.file, request.label);
    // The analysed source text stays here: the report does not need it back.
    return { id: request.id, results };
  } catch (error) {
    return errorReply(request.id, error);
  }
}
