// `-o FILE`: where the report goes, and how it gets there without harm. A
// regular file is replaced whole (a temporary file beside it, renamed over
// it), through any symbolic link to it; a device, a FIFO or /dev/stdout is
// written in place, since replacing it would break it for everyone; a file
// the user may not write is refused; and no draft being linted is ever the
// target, whatever path (a link, a linked folder) names it.
import { randomBytes } from 'node:crypto';
import { constants, fstatSync } from 'node:fs';
import { access, chmod, lstat, mkdir, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, describeFsError } from '../errors.js';

type Stats = import('node:fs').Stats;

/** The temporary report being written, removed if the run is interrupted before it is whole. */
let partial: string | undefined;

export function partialReport(): string | undefined {
  return partial;
}

/**
 * Refuses an `-o` target that is one of the drafts (same device and inode,
 * so a link or a linked folder does not hide it), or that exists and cannot
 * be written. Called before anything is linted.
 */
export async function checkOutputFile(outputFile: string, label: string, inputs: readonly string[]): Promise<void> {
  const target = await statOrUndefined(outputFile);
  if (!target) return;
  if (target.isDirectory()) throw new UserError(`cannot write the report to '${label}': is a directory`);
  if (target.isFile()) {
    for (let from = 0; from < inputs.length; from += 64) {
      const batch = await Promise.all(inputs.slice(from, from + 64).map(statOrUndefined));
      if (batch.some((input) => input && input.dev === target.dev && input.ino === target.ino)) {
        throw new UserError(`will not write the report over '${label}', a draft being linted`);
      }
    }
    if (!(await writable(outputFile, target))) throw new UserError(`cannot write the report to '${label}': permission denied (it is read-only)`);
  }
}

/** Pieces of about this many characters per write: few system calls, and never one string of the whole report. */
const WRITE_CHARS = 64 * 1024;

/** The report's pieces gathered into writes of about WRITE_CHARS each. */
function* batched(report: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const chunk of report) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= WRITE_CHARS) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield pending.join('');
}

/** Writes the report's pieces to a stream, waiting whenever it asks to (a slow pipe does not fill memory). */
export async function writeChunks(stream: NodeJS.WritableStream, report: Iterable<string>): Promise<void> {
  for (const piece of batched(report)) {
    if (!stream.write(piece)) await new Promise<void>((done) => stream.once('drain', done));
  }
  await new Promise<void>((done, fail) => stream.write('', (error) => (error ? fail(error) : done())));
}

/** Writes the report: a regular file whole or not at all, anything else in place. */
export async function writeReport(outputFile: string, label: string, report: Iterable<string>): Promise<void> {
  try {
    const target = await statOrUndefined(outputFile);
    if (target && !target.isFile()) {
      // /dev/stdout on a socket (as a parent process's pipe often is) cannot be opened: write to the stream itself.
      if (sameFile(target, 1)) await writeChunks(process.stdout, report);
      else await writeFile(outputFile, batched(report));
      return;
    }
    await replaceWhole(await realTarget(outputFile), report, target);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot write the report to '${label}': ${describeFsError(error)}`);
  }
}

/**
 * Into a temporary file beside it, created exclusively under a random name (a
 * link planted at a guessable name cannot redirect the write), then renamed
 * over it: an interrupted run or a full disk never leaves half a report.
 */
async function replaceWhole(file: string, report: Iterable<string>, existing: Stats | undefined): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  partial = temporary;
  try {
    await writeFile(temporary, batched(report), { flag: 'wx', mode: 0o666 });
    // The report keeps the permissions of the one it replaces.
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    partial = undefined;
  }
}

/** The path a symbolic link leads to (through a chain, and when its target does not exist yet). */
async function realTarget(path: string): Promise<string> {
  let here = path;
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(here).catch(() => undefined);
    if (!info?.isSymbolicLink()) break;
    here = resolve(dirname(here), await readlink(here));
  }
  // Its folder may itself be a link: rename() replaces the entry in the real folder either way.
  return join(await realpath(dirname(here)).catch(() => dirname(here)), basename(here));
}

/**
 * Root may write anything, so access() says yes to root for a read-only file;
 * a file with no write permission for anyone is still one its owner wants kept.
 */
async function writable(path: string, info: Stats): Promise<boolean> {
  if (process.getuid?.() === 0 && (info.mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

function sameFile(info: Stats, fd: number): boolean {
  try {
    const open = fstatSync(fd);
    return open.dev === info.dev && open.ino === info.ino;
  } catch {
    return false;
  }
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  return stat(path).catch(() => undefined);
}
