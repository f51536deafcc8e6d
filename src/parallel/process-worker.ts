// A worker process of `--jobs`, started from the V8 startup snapshot like the
// CLI itself (scripts/snapshot-entry.mjs runs this instead of the CLI when
// the pool starts it). A worker thread cannot start from the snapshot: it
// loads and warms up the linter anew, 1.2-1.5 s before its first result on
// 2 cores while the main thread lints; a process from the snapshot has the
// linter loaded at once. The first message gives the runner's options, the
// others are files to lint, answered as a worker thread answers them.
import { createRunner, type Runner } from '../runner.js';
import type { WorkerRequest, WorkerSetup } from './protocol.js';
import { answer } from './serve.js';

export function serveOverIpc(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('a worker process needs an IPC channel');
  let runner: Promise<Runner> | undefined;
  process.on('message', async (message: WorkerSetup | WorkerRequest) => {
    if ('options' in message) {
      runner = createRunner(message.options);
      return;
    }
    if (!runner) return;
    const reply = await answer(runner, message);
    // The pool may have stopped meanwhile (the run ended early): the reply has nowhere to go.
    if (process.connected) send(reply, undefined, {}, () => {});
  });
  // The pool is done, or gone (an interrupted run): nothing left to do.
  process.on('disconnect', () => process.exit(0));
}
