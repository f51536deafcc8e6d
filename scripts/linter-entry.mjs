// Bundled by scripts/build-bundles.mjs into dist/bundle/linter.cjs: the linter
// (src/lint.ts) alone, in one file, for worker threads and any process started
// without the startup snapshot (src/load-linter.ts). One file loads about twice as
// fast as compromise's 456 source files.
import * as linter from '../dist/src/lint.js';

export default linter;
