// A worker thread of `--jobs`: its own engine, made from the options the main
// thread used, lints the files it is sent and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type EngineOptions } from '../engine.js';
import { RuleError, UserError } from '../errors.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');
const engine = createEngine(workerData as EngineOptions);

port.on('message', async (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const results = await (await engine).lintFile(request.file, request.label);
    // The analysed source text stays here: the report does not need it back.
    reply = { id: request.id, results };
  } catch (error) {
    reply = { id: request.id, error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError, rule: error instanceof RuleError } };
  }
  port.postMessage(reply);
});
