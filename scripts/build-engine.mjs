// After tsc: bundles the engine (esbuild) and builds the V8 startup snapshot
// for this machine's node binary. Run by `npm run build` (and so by `npm
// install`'s prepare). A snapshot is tied to the exact node executable, so
// dist/engine/snapshot.json records which one; bin/apology-lint.js uses the
// blob only when it matches, and falls back to plain loading otherwise.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'engine');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  entryPoints: [join(root, 'scripts', 'engine-entry.mjs')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
};
await build({ ...common, outfile: join(out, 'engine.cjs') });
// The snapshot builder runs a plain script: no `module`, only require() of built-ins.
await build({ ...common, format: 'iife', outfile: join(out, 'snapshot-entry.cjs') });

if (process.env.APOLOGY_LINT_SNAPSHOT === '0') {
  console.log('build-engine: bundled; snapshot skipped (APOLOGY_LINT_SNAPSHOT=0)');
} else {
  const blob = join(out, 'snapshot.blob');
  const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(out, 'snapshot-entry.cjs')], {
    env: { ...process.env, APOLOGY_LINT_SNAPSHOT_BUILD: '1' },
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    // Not fatal: the CLI works without a snapshot, only slower to start.
    console.warn(`build-engine: no startup snapshot (${(made.stderr || made.error?.message || '').trim().split('\n')[0]})`);
  } else {
    const meta = { node: process.version, execPath: process.execPath, arch: process.arch, builtAt: Date.now() };
    writeFileSync(join(out, 'snapshot.json'), `${JSON.stringify(meta)}\n`);
  }
}
