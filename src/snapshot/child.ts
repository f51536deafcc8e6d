// Runs the CLI in a child node and ends as it does: the exit code, or the
// signal that stopped it. Ctrl-C reaches the child too (same process group);
// a SIGTERM sent to this process alone is passed on.
import { spawn } from 'node:child_process';

export function runInChild(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`apology-lint: cannot start (${error.code ?? error.message})\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 2;
  });
}
