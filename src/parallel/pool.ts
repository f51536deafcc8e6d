// `--jobs N`: lint many files on N workers, the main thread and N−1 others,
// each with its own runner made from the same options (so configs and
// plugins load in every one, and no function has to cross between them).
// The others are processes started from the V8 startup snapshot when this
// process started from it: a worker thread cannot, and loading and warming up
// the linter anew cost a thread 1.2-1.5 s before its first result on 2 cores,
// against about 0.5 s for such a process. Elsewhere they are worker threads.
//
// Files go out as workers ask for them and come back as promises in input
// order: the caller awaits them one by one exactly as it would lint them one
// by one, so the report, and the first error met, are those of `--jobs 1`.
// Small batches stay on the main thread: a worker's start costs more than it saves.
import { availableParallelism } from 'node:os';
import type { Runner, RunnerOptions } from '../runner.js';
import type { ExpandedFile } from '../files/expand.js';
import type { LintResult } from '../types.js';
import { snapshotCommand } from '../snapshot/command.js';
import { errorOf, WORKER_PROCESS_ENV, type WorkerReply, type WorkerRequest, type WorkerSetup } from './protocol.js';

/**
 * Below this many files, or bytes, a worker's start-up costs more than it
 * saves. Measured on 2 cores (three runs each): 150 short drafts (51 kB) took
 * 1.90-2.21 s with a worker, 1.78-1.89 s without; 300 (100 kB) were even.
 */
export const MIN_FILES_FOR_WORKERS = 16;
export const MIN_BYTES_FOR_WORKERS = 96 * 1024;

/** Files queued on each worker. */
const IN_FLIGHT = 4;

export interface FileJob {
  file: ExpandedFile;
  label: string;
  /** Bytes, if known: decides whether workers pay. */
  size?: number;
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * More workers than cores only add start-ups and memory (`--jobs 1000` started
 * 39 processes on 2 cores and peaked at 2.9 GB): at most one per core.
 */
export function capJobs(jobs: number): { jobs: number; capped: boolean } {
  const cores = defaultJobs();
  return jobs > cores ? { jobs: cores, capped: true } : { jobs, capped: false };
}

/** How many worker threads to start for these jobs: none when the batch is too small to pay. */
export function workerCount(jobs: number, files: readonly FileJob[]): number {
  if (jobs <= 1 || files.length < MIN_FILES_FOR_WORKERS) return 0;
  const bytes = files.reduce((sum, job) => sum + (job.size ?? 0), 0);
  if (bytes < MIN_BYTES_FOR_WORKERS) return 0;
  return Math.min(jobs - 1, files.length - 1);
}

/** One promise per file, and how to settle each. */
interface Settle {
  resolve: (results: LintResult[]) => void;
  reject: (error: Error) => void;
}

/** A batch being linted: what the main thread and the workers share. */
interface Batch {
  files: readonly FileJob[];
  settle: Settle[];
  /** The next file to hand out. */
  next: number;
  /** Files settled. */
  done: number;
  workers: LintWorker[];
  /** Files the main thread linted (`APOLOGY_LINT_DEBUG_POOL`). */
  onMain: number[];
  /** Per worker: files done, and ms from start to its first result (`APOLOGY_LINT_DEBUG_POOL`). */
  workerLog: Array<{ kind: string; files: number; firstMs: number }>;
  started: number;
}

/**
 * Starts linting every file; returns one promise per file, in input order.
 * `runner` is the main thread's; `options` make the workers' runners. Once
 * `signal` aborts (the caller stopped early), no file starts and the workers stop.
 */
export function lintInParallel(
  runner: Runner,
  options: RunnerOptions,
  files: readonly FileJob[],
  jobs: number,
  signal?: AbortSignal,
): Array<Promise<LintResult[]>> {
  const settle: Settle[] = [];
  const promises = files.map(
    (_, i) =>
      new Promise<LintResult[]>((resolve, reject) => {
        settle[i] = { resolve, reject };
      }),
  );
  // Awaited in order by the caller; a later failure must not be "unhandled" meanwhile.
  for (const promise of promises) promise.catch(() => {});
  const batch: Batch = { files, settle, next: 0, done: 0, workers: [], onMain: [], workerLog: [], started: performance.now() };
  const count = workerCount(jobs, files);
  for (let w = 0; w < count; w++) addWorker(batch, startWorker(options));
  signal?.addEventListener('abort', () => {
    batch.next = files.length;
    for (const worker of batch.workers) worker.stop();
  });
  void runOnMain(batch, runner);
  if (files.length === 0) finish(batch);
  return promises;
}

/** One more file settled; after the last, the workers stop. */
function finish(batch: Batch): void {
  if (++batch.done < batch.files.length) return;
  for (const worker of batch.workers) worker.stop();
  if (process.env.APOLOGY_LINT_DEBUG_POOL) {
    const each = batch.workerLog.map((w, i) => `worker ${w.kind} ${i + 1}: ${w.files} files, first after ${Math.round(w.firstMs)} ms`).join('; ');
    process.stderr.write(`pool: ${batch.onMain.length} of ${batch.files.length} files on the main thread in ${Math.round(performance.now() - batch.started)} ms; ${each}\n`);
  }
}

/** The main thread lints files too, one at a time, taking the next one not handed out. */
async function runOnMain(batch: Batch, runner: Runner): Promise<void> {
  while (batch.next < batch.files.length) {
    const i = batch.next++;
    const job = batch.files[i] as FileJob;
    batch.onMain.push(i);
    try {
      batch.settle[i]?.resolve(await runner.lintFile(job.file, job.label));
    } catch (error) {
      batch.settle[i]?.reject(error as Error);
    }
    finish(batch);
    // A file read ahead resolves as a microtask, so without this the loop
    // would lint on and leave the workers' replies, and their next files, waiting.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Feeds a worker files, settles their promises from its replies, and fails the batch if it dies. */
function addWorker(batch: Batch, worker: LintWorker): void {
  batch.workers.push(worker);
  const log = { kind: worker.kind, files: 0, firstMs: 0 };
  batch.workerLog.push(log);
  let inFlight = 0;
  const feed = (): void => {
    // Files in flight: the worker goes on while the main thread is busy linting one of its own.
    while (inFlight < IN_FLIGHT && batch.next < batch.files.length) {
      const i = batch.next++;
      const job = batch.files[i] as FileJob;
      inFlight++;
      worker.post({ id: i, file: job.file, label: job.label });
    }
  };
  worker.onReply((reply) => {
    inFlight--;
    if (log.files++ === 0) log.firstMs = performance.now() - batch.started;
    const target = batch.settle[reply.id];
    if (reply.error) target?.reject(errorOf({ error: reply.error }));
    else target?.resolve(reply.results ?? []);
    finish(batch);
    feed();
  });
  // A worker that dies fails the run with one line rather than hang or lose files
  // (a settled promise ignores the second verdict).
  worker.onFailure((reason) => {
    if (batch.done === batch.files.length) return;
    for (let i = 0; i < batch.files.length; i++) batch.settle[i]?.reject(new Error(`worker ${worker.kind} failed: ${reason}`));
    for (const other of batch.workers) other.stop();
  });
  feed();
}

/** A worker of the pool, a thread or a process: it lints the files it is posted. */
interface LintWorker {
  kind: 'thread' | 'process';
  post(request: WorkerRequest): void;
  onReply(listener: (reply: WorkerReply) => void): void;
  /** It died, or exited, with the reason; also called when it stops after the run. */
  onFailure(listener: (reason: string) => void): void;
  stop(): void;
}

/**
 * A process from the startup snapshot when this one started from it (the
 * linter is there at once), else a worker thread (which loads the linter).
 */
function startWorker(options: RunnerOptions): LintWorker {
  const command = snapshotCommand();
  if (command) {
    // Taken when needed, as worker_threads below.
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child = spawn(command.file, command.args, {
      cwd: process.cwd(),
      env: { ...process.env, [WORKER_PROCESS_ENV]: '1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // Structured clone, as between threads: the same results either way.
      serialization: 'advanced',
    });
    const setup: WorkerSetup = { options };
    child.send(setup);
    return {
      kind: 'process',
      post: (request) => {
        if (child.connected) child.send(request);
      },
      onReply: (listener) => child.on('message', (reply) => listener(reply as WorkerReply)),
      onFailure: (listener) => {
        child.on('error', (error) => listener(error.message));
        child.on('exit', (code, signal) => listener(signal ? `stopped by ${signal}` : `exited with code ${code}`));
      },
      stop: () => {
        if (child.connected) child.disconnect();
      },
    };
  }
  // Taken when needed: a process started from the startup snapshot cannot
  // start threads with a worker_threads module that was loaded into the snapshot.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
  return {
    kind: 'thread',
    post: (request) => worker.postMessage(request),
    onReply: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', (error) => listener(error.message));
      worker.on('exit', (code) => listener(`exited with code ${code}`));
    },
    stop: () => void worker.terminate(),
  };
}
