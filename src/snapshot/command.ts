// How to start another process like this one from the startup snapshot, when
// this one started from it (the pool's worker processes, src/parallel/pool.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PRELOADED_LINTER } from '../load-linter.js';

/** The package's directory, set by a process started from the snapshot (scripts/snapshot-entry.mjs). */
const ROOT = Symbol.for('apology-lint.root');

/** node, the snapshot, the CLI's script; undefined when this process did not start from the snapshot. */
export function snapshotCommand(): { file: string; args: string[] } | undefined {
  const globals = globalThis as Record<symbol, unknown>;
  const root = globals[ROOT];
  const script = process.argv[1];
  if (globals[PRELOADED_LINTER] === undefined || typeof root !== 'string' || script === undefined) return undefined;
  const blob = join(root, 'dist', 'bundle', 'snapshot.blob');
  return existsSync(blob) ? { file: process.execPath, args: ['--snapshot-blob', blob, script] } : undefined;
}
