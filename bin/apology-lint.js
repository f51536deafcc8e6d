#!/usr/bin/env node
// The installed command. The CLI is compiled TypeScript in dist/ (built by
// `npm install` through the prepare script); a missing build gets one line
// that says how to make it, not a stack trace.
//
// Start-up: when the build made a V8 startup snapshot for this very node
// binary (dist/engine/, see scripts/build-engine.mjs), the command re-runs
// itself from it: the NLP engine is then already loaded and warmed, which
// saves most of a second per run (README, "Performance"). Node options given
// to this process, or APOLOGY_LINT_SNAPSHOT=0, keep everything in-process.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const engineDir = fileURLToPath(new URL('../dist/engine/', import.meta.url));

function snapshotBlob() {
  if (process.env.APOLOGY_LINT_SNAPSHOT === '0' || process.execArgv.length > 0) return undefined;
  try {
    const meta = JSON.parse(readFileSync(`${engineDir}snapshot.json`, 'utf8'));
    if (meta.node !== process.version || meta.execPath !== process.execPath || meta.arch !== process.arch) return undefined;
    // A rebuild of dist/ without the snapshot would run stale rules.
    if (statSync(fileURLToPath(new URL('../dist/src/lint.js', import.meta.url))).mtimeMs > meta.builtAt) return undefined;
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
