// Bundled by scripts/build-bundles.mjs into dist/bundle/snapshot-entry.cjs and
// given to `node --build-snapshot`: the whole CLI, the linter included, is
// loaded and warmed up on the project's fixtures, and V8 saves that heap. A
// process started from the snapshot (bin/apology-lint) runs the CLI at once:
// no module to load, compromise's lexicon built, the rules' functions and
// regular expressions compiled.
//
// The snapshot builder allows require() of built-in modules only, and V8
// cannot serialize a regular expression compiled to machine code, which V8
// does to one the second time it runs (or at once on 1,000 characters). So the
// build runs this file with `--regexp-tier-up-ticks=1000` (a banner sets it
// before any code runs): the fixtures' short drafts leave every expression in
// bytecode (at 100 ticks some compile and the build fails; 300 passed). The
// flag is reset before V8 takes the snapshot, so a default node accepts it;
// there an expression compiles once it has run its remaining ticks, so a big
// batch soon runs at full speed and a single draft compiles nothing.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { run } from '../dist/src/cli/main.js';
import { parseArguments } from '../dist/src/cli/program.js';
import { createRunner } from '../dist/src/runner.js';
import { loadFormatter } from '../dist/src/formatters/index.js';
import * as linter from '../dist/src/lint.js';
import { PRELOADED_LINTER } from '../dist/src/load-linter.js';
import { serveOverIpc } from '../dist/src/parallel/process-worker.js';
import { WORKER_PROCESS_ENV } from '../dist/src/parallel/protocol.js';
import { runInChild } from '../dist/src/snapshot/child.js';
import { refreshSnapshotInBackground } from '../dist/src/snapshot/refresh.js';
import { builtFilesDigest, builtFilesFingerprint } from '../dist/src/snapshot/stamp.js';

const ROOT = Symbol.for('apology-lint.root');
const IMPORTER = Symbol.for('apology-lint.import');

async function warmUp(root) {
  const fixtures = join(root, 'fixtures');
  // Short drafts only: V8 compiles an expression run on 1,000 characters at once.
  const drafts = readdirSync(fixtures).filter((name) => name.endsWith('.txt') && statSync(join(fixtures, name)).size < 900);
  parseArguments(['--format', 'json', '--max-warnings', '10', ...drafts], '0.0.0');
  const cli = await createRunner({ cwd: root, configLookup: false });
  const results = [];
  for (const name of drafts) results.push(...(await cli.lintFile({ path: join(fixtures, name), explicit: true }, name)));
  // Not stylish: chalk reads the terminal when it loads, which must happen in the user's process.
  for (const format of ['json', 'compact']) (await loadFormatter(format, { cwd: root }))(results, { cwd: root, rulesMeta: await cli.rulesMeta() });
}

if (process.env.APOLOGY_LINT_SNAPSHOT_BUILD === '1') {
  const root = globalThis[ROOT];
  // What src/snapshot/build.ts made it from: checked against dist/ at each start.
  const files = process.env.APOLOGY_LINT_SNAPSHOT_FILES;
  // Those files as they are now, here: while none is written again, no start needs to read them.
  const fingerprint = builtFilesFingerprint(root);
  globalThis[PRELOADED_LINTER] = linter;
  warmUp(root).then(() => {
    v8.setFlagsFromString('--regexp-tier-up-ticks=1');
    v8.startupSnapshot.setDeserializeMainFunction(() => {
      // process.argv is [node, <package>/bin/apology-lint.js, ...args], as without the snapshot.
      const { createRequire } = require('node:module');
      const { resolve } = require('node:path');
      // Absolute, as the launcher gives it, or as typed (`node --snapshot-blob … bin/apology-lint.js`).
      const bin = resolve(process.argv[1] ?? '');
      const packageRoot = resolve(bin, '..', '..');
      globalThis[ROOT] = packageRoot;
      // A real module's import() for users' configs, plugins and formatters (src/import-module.ts).
      globalThis[IMPORTER] = createRequire(bin)(resolve(packageRoot, 'dist', 'bundle', 'import.cjs'));
      // A worker of --jobs, started by the pool (src/parallel/pool.ts), serves it instead of running the CLI.
      if (process.env[WORKER_PROCESS_ENV] === '1' && typeof process.send === 'function') {
        delete process.env[WORKER_PROCESS_ENV];
        serveOverIpc();
      } else if (builtFilesFingerprint(packageRoot) !== fingerprint && builtFilesDigest(packageRoot) !== files) {
        // dist/ was rebuilt without the snapshot: the code in it is newer than ours.
        refreshSnapshotInBackground(packageRoot);
        runInChild([bin, ...process.argv.slice(2)], { ...process.env, APOLOGY_LINT_SNAPSHOT: '0' });
      } else run(process.argv);
    });
  });
}
