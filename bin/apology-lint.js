#!/usr/bin/env node
// The installed command. The CLI is compiled TypeScript in dist/ (built by
// `npm install` through the prepare script); a missing build gets one line
// that says how to make it, not a stack trace.
import('../dist/src/cli/main.js').then(
  ({ run }) => run(process.argv),
  (error) => {
    process.stderr.write(`apology-lint: cannot load the built CLI (${error.code ?? error.message}); run 'npm run build'\n`);
    process.exitCode = 2;
  },
);
