// Where the linting engine comes from. A process started from the V8 startup
// snapshot (scripts/build-engine.mjs) already holds the engine, warmed up,
// under a global symbol. Elsewhere (worker threads, node options given) the
// engine is loaded lazily, because compromise takes half a second to load
// (spec/performance.md): from the one-file esbuild bundle when the build made
// it (about twice as fast to load as compromise's 456 source files), else
// from dist/.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Lint from '../lint.js';

export type Engine = typeof Lint;

const PRELOADED = Symbol.for('apology-lint.engine');
const BUNDLE = new URL('../../engine/engine.cjs', import.meta.url);
const SOURCE = new URL('../lint.js', import.meta.url);

/** The bundle exists and is not older than dist/ (a bare `tsc` rebuild leaves it stale). */
function bundleIsFresh(): boolean {
  try {
    return statSync(BUNDLE).mtimeMs >= statSync(SOURCE).mtimeMs;
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
