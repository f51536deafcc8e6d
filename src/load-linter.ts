// Where the linter (src/lint.ts: one draft's text → its result) comes from.
// A process started from the V8 startup snapshot already holds it, warmed up,
// under a global symbol (scripts/snapshot-entry.mjs). Elsewhere (worker
// threads, node options given) it is loaded lazily, because compromise takes
// half a second to load (spec/performance.md): from the one-file esbuild
// bundle when the build made it (dist/bundle/linter.cjs, about twice as fast
// to load as compromise's 456 source files), else from dist/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { builtFilesDigest } from './snapshot/stamp.js';
import type * as Lint from './lint.js';

export type Linter = typeof Lint;

/** Where a process started from the snapshot keeps the linter it holds. */
export const PRELOADED_LINTER = Symbol.for('apology-lint.linter');
const BUNDLE = new URL('../bundle/linter.cjs', import.meta.url);
const BUNDLE_DIGEST = new URL('../bundle/bundle.digest', import.meta.url);
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

/** The bundle was made from dist/ as it is (a bare `tsc` rebuild leaves it stale), by content. */
function bundleIsFresh(): boolean {
  try {
    return readFileSync(BUNDLE_DIGEST, 'utf8').trim() === builtFilesDigest(PACKAGE);
  } catch {
    return false;
  }
}

export function loadLinter(): Promise<Linter> {
  const preloaded = (globalThis as Record<symbol, Linter | undefined>)[PRELOADED_LINTER];
  if (preloaded) return Promise.resolve(preloaded);
  if (process.env.APOLOGY_LINT_SNAPSHOT !== '0' && bundleIsFresh()) {
    try {
      const bundle = createRequire(import.meta.url)(BUNDLE.pathname) as { default: Linter };
      return Promise.resolve(bundle.default);
    } catch {
      // A broken bundle is no reason to fail: dist/ has the same linter.
    }
  }
  return import('./lint.js');
}
