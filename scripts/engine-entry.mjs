// Bundled by scripts/build-engine.mjs into two files:
//  - dist/engine/engine.cjs: the engine alone, one file, for worker threads;
//  - dist/engine/snapshot-entry.cjs: the same plus a warm-up, given to
//    `node --build-snapshot`; the snapshot's main function then runs the CLI
//    from dist/ (loaded with require(), which in Node ≥20.19 takes ES modules),
//    which finds the engine already loaded (src/parallel/engine.ts).
import nlp from 'compromise';
import * as engine from '../dist/src/lint.js';

export default engine;

if (process.env.APOLOGY_LINT_SNAPSHOT_BUILD === '1') {
  const v8 = require('node:v8');
  // Warm up: compromise builds its lexicon and match nets on first use; that
  // work is then part of the snapshot instead of every run. Only compromise:
  // a regular expression compiled to machine code cannot be serialized (V8
  // aborts), and the analysis' own expressions would be, after a full lint.
  const drafts = [
    "Hi Sam,\n\nI'm sorry we charged your card twice. That was our mistake, and I know it hurt right before rent was due. I've refunded £42 today and we added a check so the billing job can't run twice again.\n\nBest,\nJo",
    'Dear customer, we apologize for any inconvenience. Our records show the parcel was delivered. Unfortunately the courier lost it due to high volume; mistakes were made. It seems there may have been an issue.',
  ];
  for (const draft of drafts) {
    const doc = nlp(draft);
    doc.compute('root');
    doc.json({ offset: true });
  }
  globalThis[Symbol.for('apology-lint.engine')] = engine;
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // process.argv is [node, bin/apology-lint.js, ...args], as without the snapshot.
    const { createRequire } = require('node:module');
    const { resolve } = require('node:path');
    const bin = process.argv[1];
    const load = createRequire(bin);
    const { run } = load(resolve(bin, '../../dist/src/cli/main.js'));
    run(process.argv);
  });
}
