// A worker thread of `--jobs`: its own runner, made from the options the main
// thread used, lints the files it is sent and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { createRunner, type RunnerOptions } from '../runner.js';
import type { WorkerRequest } from './protocol.js';
import { answer } from './serve.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');
const runner = createRunner(workerData as RunnerOptions);

port.on('message', async (request: WorkerRequest) => port.postMessage(await answer(runner, request)));
