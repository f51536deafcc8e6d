// Where the linting engine comes from. A process started from the V8 startup
// snapshot (scripts/build-engine.mjs) already holds the engine, warmed up,
// under a global symbol; any other process imports it, lazily, because
// compromise takes half a second to load (spec/performance.md).
import type * as Lint from '../lint.js';

export type Engine = typeof Lint;

const PRELOADED = Symbol.for('apology-lint.engine');

export function loadEngine(): Promise<Engine> {
  const preloaded = (globalThis as Record<symbol, Engine | undefined>)[PRELOADED];
  return preloaded ? Promise.resolve(preloaded) : import('../lint.js');
}
