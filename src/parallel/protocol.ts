// What the pool (pool.ts) and its workers (worker.ts, a thread;
// process-worker.ts, a process from the startup snapshot) say to each other.
// Both sides import it; neither imports the other.
import { RuleError, UserError } from '../errors.js';
import type { ExpandedFile } from '../files/expand.js';
import type { RunnerOptions } from '../runner.js';
import type { LintResult } from '../types.js';

/** Set by the pool in the environment of the processes it starts: serve, do not run the CLI. */
export const WORKER_PROCESS_ENV = 'APOLOGY_LINT_WORKER_PROCESS';

/** A worker process's first message: the options to make its runner with (a thread gets them as workerData). */
export interface WorkerSetup {
  options: RunnerOptions;
}

/** A file to lint. `id` is its place in the batch. */
export interface WorkerRequest {
  id: number;
  file: ExpandedFile;
  label: string;
}

/** The drafts' results, or the error the file met (errors do not cross as objects). */
export interface WorkerReply {
  id: number;
  results?: LintResult[];
  error?: { message: string; user: boolean; rule?: boolean };
}

/** A worker's reply for a file whose lint threw. */
export function errorReply(id: number, error: unknown): WorkerReply {
  return { id, error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError, rule: error instanceof RuleError } };
}

/** The pool's side: the error again, of the class it was thrown as. */
export function errorOf(reply: Required<Pick<WorkerReply, 'error'>>): Error {
  const { message, user, rule } = reply.error;
  return user ? new UserError(message) : rule ? new RuleError(message) : new Error(message);
}
