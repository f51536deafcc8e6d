// A worker process of `--jobs`, started from the V8 startup snapshot like the
// CLI itself (scripts/snapshot-entry.mjs runs this instead of the CLI when
// the pool starts it). A worker thread cannot start from the snapshot: it
// loads and warms up the engine anew, 1.2-1.5 s before its first result on
// 2 cores while the main thread lints; a process from the snapshot has the
// engine loaded at once. The first message gives the engine's options, the
// others are files to lint, answered as a worker thread answers them.
import { createEngine, type Engine, type EngineOptions } from '../engine.js';
import type { WorkerRequest } from './pool.js';
import { answer } from './serve.js';

/** Set by the pool in the environment of the processes it starts. */
export const WORKER_PROCESS_ENV = 'APOLOGY_LINT_WORKER_PROCESS';

export function serveOverIpc(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('a worker process needs an IPC channel');
  let engine: Promise<Engine> | undefined;
  process.on('message', async (message: { options: EngineOptions } | WorkerRequest) => {
    if ('options' in message) {
      engine = createEngine(message.options);
      return;
    }
    if (!engine) return;
    const reply = await answer(engine, message);
    // The pool may have stopped meanwhile (the run ended early): the reply has nowhere to go.
    if (process.connected) send(reply, undefined, {}, () => {});
  });
  // The pool is done, or gone (an interrupted run): nothing left to do.
  process.on('disconnect', () => process.exit(0));
}
