// A worker thread of `--jobs`: its own engine, made from the options the main
// thread used, lints the files it is sent and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type EngineOptions } from '../engine.js';
import type { WorkerRequest } from './pool.js';
import { answer } from './serve.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');
const engine = createEngine(workerData as EngineOptions);

port.on('message', async (request: WorkerRequest) => port.postMessage(await answer(engine, request)));
