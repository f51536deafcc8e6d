// Where the linting engine comes from. A process started from the V8 startup
// snapshot (scripts/build-engine.mjs) already holds the engine, warmed up,
// under a global symbol. Elsewhere (worker threads, node options given) the
// engine is loaded lazily, because compromise takes half a second to load
// (spec/performance.md): from the one-file esbuild bundle when the build made
// it (about twice as fast to load as compromise's 456 source files), else
// from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { builtFilesDigest } from '../snapshot/stamp.js';
import type * as Lint from '../lint.js';

export type Engine = typeof Lint;

const PRELOADED = Symbol.for('apology-lint.engine');
/** The package's directory, set by a process started from the snapshot (scripts/snapshot-entry.mjs). */
const ROOT = Symbol.for('apology-lint.root');
const BUNDLE = new URL('../../engine/engine.cjs', import.meta.url);
const BUNDLE_DIGEST = new URL('../../engine/bundle.digest', import.meta.url);
const PACKAGE = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundle was made from dist/ as it is (a bare `tsc` rebuild leaves it stale), by content. */
function bundleIsFresh(): boolean {
  try {
    return readFileSync(BUNDLE_DIGEST, 'utf8').trim() === builtFilesDigest(PACKAGE);
  } catch {
    return false;
  }
}

export function loadEngine(): Promise<Engine> {
  const preloaded = (globalThis as Record<symbol, Engine | undefined>)[PRELOADED];
  if (preloaded) return Promise.resolve(preloaded);
  if (process.env.APOLOGY_LINT_SNAPSHOT !== '0' && bundleIsFresh()) {
    try {
      const bundle = createRequire(import.meta.url)(BUNDLE.pathname) as { default: Engine };
      return Promise.resolve(bundle.default);
    } catch {
      // A broken bundle is no reason to fail: dist/ has the same engine.
    }
  }
  return import('../lint.js');
}

/**
 * How to start another process like this one from the startup snapshot, when
 * this one started from it: node, the snapshot, the CLI's script.
 */
export function snapshotCommand(): { file: string; args: string[] } | undefined {
  const globals = globalThis as Record<symbol, unknown>;
  const root = globals[ROOT];
  const script = process.argv[1];
  if (globals[PRELOADED] === undefined || typeof root !== 'string' || script === undefined) return undefined;
  const blob = join(root, 'dist', 'engine', 'snapshot.blob');
  return existsSync(blob) ? { file: process.execPath, args: ['--snapshot-blob', blob, script] } : undefined;
}
