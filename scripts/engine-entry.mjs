// Bundled by scripts/build-engine.mjs into dist/engine/engine.cjs: the engine
// alone, in one file, for worker threads and any process started without the
// startup snapshot (src/parallel/engine.ts). One file loads about twice as
// fast as compromise's 456 source files.
import * as engine from '../dist/src/lint.js';

export default engine;
