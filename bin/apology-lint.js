#!/usr/bin/env node
// The CLI for `node bin/apology-lint.js` (and where bin/apology-lint, the
// command npm links, hands over when it cannot tell that the snapshot fits).
// The CLI is compiled TypeScript in dist/ (built by `npm install` through the
// prepare script); a missing build gets one line that says how to make it,
// not a stack trace.
//
// Start-up: when dist/bundle/ holds a V8 startup snapshot stamped for this
// very node binary (src/snapshot/stamp.ts), this re-runs itself from it in a
// child: the CLI and its linter are then already loaded and warmed up, which
// saves most of a second even after paying for a second node. Otherwise it
// loads everything here, and has the snapshot built in the background for the
// next start (src/snapshot/refresh.ts). Node options (here or in
// NODE_OPTIONS: V8 refuses a snapshot made under other flags), or
// APOLOGY_LINT_SNAPSHOT=0, keep everything in-process.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(import.meta.url);

/** A module of the build, or undefined (and exit 2) when there is no build. */
const load = (specifier) =>
  import(specifier).catch((error) => {
    process.stderr.write(`apology-lint: cannot load the built CLI (${error.code ?? error.message}); run 'npm run build'\n`);
    process.exitCode = 2;
    return undefined;
  });

const start = await load('../dist/src/snapshot/start.js');
if (start && !start.startFromSnapshot(root, script, process.argv.slice(2))) {
  const cli = await load('../dist/src/cli/main.js');
  await cli?.run(process.argv);
}
