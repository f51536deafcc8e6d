// The CLI's side of `--jobs`: which inputs to hand to the thread pool.
import { stat } from 'node:fs/promises';
import type { Runner, RunnerOptions } from '../runner.js';
import type { LintResult } from '../types.js';
import { lintInParallel, MIN_BYTES_FOR_WORKERS, workerCount, type FileJob } from './pool.js';

interface FileInput {
  from: 'stdin' | 'file';
  filePath: string;
  label: string;
  explicit: boolean;
  bytes?: Uint8Array;
}

/**
 * Starts the files of `inputs` on `jobs` threads when the batch is big enough
 * to pay for workers; returns each started file's promise by path (an empty
 * map when everything stays on the caller's loop). Standard input and files
 * named outright but ignored are left to the caller.
 */
export async function startLinting(
  runner: Runner,
  options: RunnerOptions,
  inputs: readonly FileInput[],
  jobs: number,
  signal?: AbortSignal,
): Promise<Map<string, Promise<LintResult[]>>> {
  const started = new Map<string, Promise<LintResult[]>>();
  if (jobs <= 1) return started;
  const files: FileJob[] = [];
  for (const input of inputs) {
    if (input.from !== 'file') continue;
    if (input.explicit && (await runner.isIgnored(input.filePath))) continue;
    files.push({ file: { path: input.filePath, explicit: input.explicit, ...(input.bytes ? { bytes: input.bytes } : {}) }, label: input.label });
  }
  if (workerCount(jobs, files.map((f) => ({ ...f, size: Number.MAX_SAFE_INTEGER }))) === 0) return started;
  // Sizes decide whether workers pay, so they are read until the batch is
  // known to be big enough (stat-ing 1,500 files cost the main thread ~0.2 s).
  // A file that cannot be read is left for its own error, in order.
  let bytes = 0;
  for (let from = 0; from < files.length && bytes < MIN_BYTES_FOR_WORKERS; from += 64) {
    const sizes = await Promise.all(files.slice(from, from + 64).map((job) => stat(job.file.bytes ? Buffer.from(job.file.bytes) : job.file.path).then((s) => s.size, () => 0)));
    sizes.forEach((size, k) => ((files[from + k] as FileJob).size = size));
    bytes += sizes.reduce((sum, size) => sum + size, 0);
  }
  if (workerCount(jobs, files) === 0) return started;
  const promises = lintInParallel(runner, options, files, jobs, signal);
  files.forEach((job, i) => started.set(job.file.path, promises[i] as Promise<LintResult[]>));
  return started;
}
