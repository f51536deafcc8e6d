// Whether the V8 startup snapshot in dist/bundle/ fits this start: decided by
// content, never by file times alone (a tarball or pre-commit install unpacks files
// in any order, so their times say nothing). One stamp, one check:
//
// - `snapshot_node` is the one key both launchers compare, string for string,
//   with the node they are about to run: `<inode> <size> <real path>` of its
//   binary. bin/apology-lint (a shell script, which sources the stamp) makes
//   it with `ls -iLn` and by following links; bin/apology-lint.js makes it
//   here (nodeKey). A snapshot fits one build of node only (another one
//   refuses it or crashes), and a binary replaced (an upgrade, another
//   install) gets another inode or size. When the shell's key differs (say
//   `node` is a wrapper script), it hands over to bin/apology-lint.js, whose
//   key is the real binary's.
// - `snapshot_files` is the digest of the compiled files the snapshot holds;
//   the snapshot itself checks it against dist/ when it starts
//   (scripts/snapshot-entry.mjs), and runs dist/ instead after a bare `tsc`.
//   A fingerprint of the files' times, taken when the snapshot is built,
//   spares it that reading while nothing was written since; it only ever
//   says "unchanged", so times never decide that the snapshot fits.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Stamp {
  /** nodeKey() of the node that built it. */
  node: string;
  /** builtFilesDigest() of the files the snapshot was made from (dist/, but bundle/). */
  files: string;
}

const FIELDS: ReadonlyArray<keyof Stamp> = ['node', 'files'];
/** What the CLI runs from dist/: compiled code and the data it imports (a JSON model or table), not the bundles in bundle/. */
const BUILT = /^(?!bundle[\\/]).*\.(js|json)$/;

export const stampPath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot.stamp');
export const blobPath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot.blob');

function builtFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => BUILT.test(file))
    .sort();
}

/** A digest of every built file the CLI runs (names and contents, in a fixed order). */
export function builtFilesDigest(root: string): string {
  const hash = createHash('sha256');
  const dist = join(root, 'dist');
  for (const file of builtFiles(dist)) hash.update(`${file}\0`).update(readFileSync(join(dist, file))).update('\0');
  return hash.digest('hex');
}

/**
 * The same files by name, inode, size and time of change: what the snapshot
 * compares first at each start, where reading and hashing 3 MB took ~14 ms
 * of its ~150. Equal only if no file was written or replaced since, so it can
 * say "unchanged" but never "changed": when it differs (the snapshot was
 * built elsewhere, a copy was unpacked, tsc ran again), the contents decide.
 */
export function builtFilesFingerprint(root: string): string {
  const dist = join(root, 'dist');
  return builtFiles(dist)
    .map((file) => {
      const { ino, size, ctimeMs, mtimeMs } = statSync(join(dist, file));
      return `${file} ${ino} ${size} ${ctimeMs} ${mtimeMs}`;
    })
    .join('\n');
}

/** This process's node binary, as the stamp and bin/apology-lint name it: `<inode> <size> <real path>`. */
export function nodeKey(): string {
  const execPath = realpathSync(process.execPath);
  const { ino, size } = statSync(execPath, { bigint: true });
  return `${ino} ${size} ${execPath}`;
}

/** Whether a snapshot with this stamp can start in this node: the one check. */
export function fitsThisNode(stamp: Stamp): boolean {
  try {
    return stamp.node === nodeKey();
  } catch {
    return false;
  }
}

const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

export function formatStamp(stamp: Stamp): string {
  return FIELDS.map((field) => `snapshot_${field}=${shellQuote(stamp[field])}\n`).join('');
}

export function parseStamp(text: string): Stamp | undefined {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^snapshot_(\w+)='(.*)'$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) values.set(match[1], match[2].replaceAll(`'\\''`, "'"));
  }
  const stamp: Partial<Stamp> = {};
  for (const field of FIELDS) {
    const value = values.get(field);
    if (value === undefined) return undefined;
    stamp[field] = value;
  }
  return stamp as Stamp;
}

export function readStamp(root: string): Stamp | undefined {
  try {
    return parseStamp(readFileSync(stampPath(root), 'utf8'));
  } catch {
    return undefined;
  }
}
