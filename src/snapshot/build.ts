// Builds the V8 startup snapshot for this machine's node from the bundle in
// dist/bundle/ (scripts/build-bundles.mjs makes the bundle at `npm run build`
// and then calls this; an installed copy calls it on first use, through
// refresh.ts, when the snapshot it shipped with is missing or made by another
// node). Needs nothing but node: no esbuild, no TypeScript.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobPath, builtFilesDigest, formatStamp, nodeKey, stampPath } from './stamp.js';

export const bundlePath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot-entry.cjs');
/** builtFilesDigest() of the files the bundle was made from, written beside it. */
export const bundleDigestPath = (root: string): string => join(root, 'dist', 'bundle', 'bundle.digest');

/** Held while a build runs, so that concurrent first starts build once. */
export const lockPath = (root: string): string => join(root, 'dist', 'bundle', 'snapshot.lock');
/** A build takes seconds; a lock older than this was left by one that died. */
const STALE_LOCK_MS = 5 * 60_000;

export function lockIsHeld(root: string): boolean {
  try {
    return Date.now() - statSync(lockPath(root)).mtimeMs < STALE_LOCK_MS;
  } catch {
    return false;
  }
}

export type BuildResult = { ok: true } | { ok: false; reason: string };

export function buildSnapshot(root: string): BuildResult {
  let files: string;
  try {
    files = readFileSync(bundleDigestPath(root), 'utf8').trim();
  } catch {
    return { ok: false, reason: 'no bundle in dist/bundle (run npm run build)' };
  }
  // A bare `tsc` since the bundle was made: the snapshot would hold the old code.
  if (builtFilesDigest(root) !== files) return { ok: false, reason: 'dist/ changed since the bundle was made (run npm run build)' };
  const temporary = `${blobPath(root)}.${process.pid}.tmp`;
  const made = spawnSync(process.execPath, ['--snapshot-blob', temporary, '--build-snapshot', bundlePath(root)], {
    cwd: root,
    env: { ...process.env, APOLOGY_LINT_SNAPSHOT_BUILD: '1', APOLOGY_LINT_SNAPSHOT_ROOT: root, APOLOGY_LINT_SNAPSHOT_FILES: files, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    rmSync(temporary, { force: true });
    // Node warns about built-ins it has not verified in snapshots; the reason is elsewhere.
    const reason = (made.stderr ?? '').split('\n').find((line) => /\S/.test(line) && !/Warning:|may still work|To request support|--trace-warnings/.test(line));
    return { ok: false, reason: (reason ?? made.error?.message ?? `exit ${made.status}`).trim() };
  }
  // Blob first, stamp last: a start in between sees the old stamp, whose node is this one too.
  renameSync(temporary, blobPath(root));
  const stamp = `${stampPath(root)}.${process.pid}.tmp`;
  writeFileSync(stamp, formatStamp({ node: nodeKey(), files }));
  renameSync(stamp, stampPath(root));
  return { ok: true };
}
