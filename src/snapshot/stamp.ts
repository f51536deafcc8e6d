// Whether the V8 startup snapshot in dist/bundle/ fits this start: decided by
// content, never by file times (a tarball or pre-commit install unpacks files
// in any order, so their times say nothing). The stamp names the node build
// it was made by and a digest of the compiled files it holds; it is written
// as shell assignments so that bin/apology-lint (a shell script) can source
// it, and the same file is parsed here for bin/apology-lint.js.
//
// A snapshot fits one build of node only (another one refuses it or crashes),
// so "this node" is its version and architecture and the binary itself: its
// path and its inode and size, which the shell reads with `ls -iLn`, and
// which change whenever the binary is replaced (an upgrade, another install).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Stamp {
  /** process.version of the node that built it. */
  version: string;
  arch: string;
  /** The node binary's real path. */
  execPath: string;
  /** `<inode> <size>` of that binary, as `ls -iLn` prints them. */
  binary: string;
  /** builtFilesDigest() of the files the snapshot was made from (dist/, but bundle/). */
  files: string;
}

const FIELDS: ReadonlyArray<keyof Stamp> = ['version', 'arch', 'execPath', 'binary', 'files'];
/** What the CLI runs from dist/: compiled code and the data it imports (a JSON model or table), not the bundles in bundle/. */
const BUILT = /^(?!bundle[\\/]).*\.(js|json)$/;

export const stampPath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot.stamp');
export const blobPath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot.blob');

/** A digest of every built file the CLI runs (names and contents, in a fixed order). */
export function builtFilesDigest(root: string): string {
  const hash = createHash('sha256');
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => BUILT.test(file))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dist, file))).update('\0');
  return hash.digest('hex');
}

/** This process's node, in the stamp's terms. */
export function thisNode(): Omit<Stamp, 'files'> {
  const execPath = realpathSync(process.execPath);
  const { ino, size } = statSync(execPath, { bigint: true });
  return { version: process.version, arch: process.arch, execPath, binary: `${ino} ${size}` };
}

/** Whether a snapshot with this stamp can start in this node. */
export function fitsThisNode(stamp: Stamp): boolean {
  try {
    const node = thisNode();
    return FIELDS.every((field) => field === 'files' || stamp[field] === node[field]);
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
