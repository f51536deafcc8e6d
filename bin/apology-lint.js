#!/usr/bin/env node
// The CLI for `node bin/apology-lint.js` (and where bin/apology-lint, the
// command npm links, hands over when its snapshot does not fit). The CLI is
// compiled TypeScript in dist/ (built by `npm install` through the prepare
// script); a missing build gets one line that says how to make it, not a
// stack trace.
//
// Start-up: when the build made a V8 startup snapshot for this very node
// binary (dist/engine/, see scripts/build-engine.mjs), this re-runs itself
// from it in a child: the CLI and NLP engine are then already loaded and
// warmed up, which saves most of a second even after paying for a second
// node. Node options (here or in NODE_OPTIONS: V8 refuses a snapshot made
// under other flags), or APOLOGY_LINT_SNAPSHOT=0, keep everything in-process.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const engineDir = fileURLToPath(new URL('../dist/engine/', import.meta.url));

function snapshotBlob() {
  if (process.env.APOLOGY_LINT_SNAPSHOT === '0' || process.execArgv.length > 0 || process.env.NODE_OPTIONS) return undefined;
  try {
    const meta = JSON.parse(readFileSync(`${engineDir}snapshot.json`, 'utf8'));
    if (meta.node !== process.version || meta.execPath !== process.execPath || meta.arch !== process.arch) return undefined;
    // A rebuild of dist/ without the snapshot (tsc alone, or tsc --watch) would run stale rules.
    const built = statSync(`${engineDir}snapshot.blob`).mtimeMs;
    for (const dir of ['../dist/src/', '../dist/rules/']) {
      const root = fileURLToPath(new URL(dir, import.meta.url));
      for (const file of readdirSync(root, { recursive: true })) {
        if (String(file).endsWith('.js') && statSync(root + file).mtimeMs > built) return undefined;
      }
    }
    return `${engineDir}snapshot.blob`;
  } catch {
    return undefined;
  }
}

const blob = snapshotBlob();
if (blob) {
  const child = spawn(process.execPath, ['--snapshot-blob', blob, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child too (same process group); wait for it to finish.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`apology-lint: cannot start (${error.code ?? error.message})\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exitCode = code ?? 2;
  });
} else {
  import('../dist/src/cli/main.js').then(
    ({ run }) => run(process.argv),
    (error) => {
      process.stderr.write(`apology-lint: cannot load the built CLI (${error.code ?? error.message}); run 'npm run build'\n`);
      process.exitCode = 2;
    },
  );
}
