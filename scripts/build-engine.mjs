// After tsc: bundles the engine (esbuild) and builds the V8 startup snapshot
// for this machine's node binary. Run by `npm run build` (and so by `npm
// install`'s prepare). A snapshot is tied to the exact node executable, so
// dist/engine/snapshot.json records which one; bin/apology-lint.js uses the
// blob only when it matches, and falls back to plain loading otherwise.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'engine');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};
await build({ ...common, entryPoints: [join(root, 'scripts', 'engine-entry.mjs')], format: 'cjs', outfile: join(out, 'engine.cjs') });

// The snapshot holds the whole CLI. Its modules find files beside them
// (package.json, worker.js) through import.meta.url, which a script has not:
// each module's own URL is rebuilt at run time from the package's location,
// which the snapshot's main function learns from the command's path.
const moduleUrls = {
  name: 'module-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromRoot = relative(root, args.path).split(sep).join('/');
      // Third-party code uses it only to require() optional peers from disk (fdir:
      // picomatch, which tinyglobby hands it anyway). Loading a file from disk is
      // not allowed while the snapshot is built, so such a require() finds nothing.
      const url = fromRoot.split('/').includes('node_modules') ? `'file:///'` : `__moduleUrl(${JSON.stringify(fromRoot)})`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
await build({
  ...common,
  entryPoints: [join(root, 'scripts', 'snapshot-entry.mjs')],
  // The snapshot builder runs a plain script: no `module`, only require() of built-ins.
  format: 'iife',
  outfile: join(out, 'snapshot-entry.cjs'),
  plugins: [moduleUrls],
  banner: {
    js: [
      `require('node:v8').setFlagsFromString('--regexp-tier-up-ticks=1000');`,
      `globalThis[Symbol.for('apology-lint.root')] = ${JSON.stringify(root)};`,
      `const __moduleUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(globalThis[Symbol.for('apology-lint.root')], path)).href;`,
    ].join('\n'),
  },
});
// What the snapshot lends its users' modules to be imported with (src/files/import-module.ts).
writeFileSync(join(out, 'import.cjs'), 'module.exports = (url) => import(url);\n');

if (process.env.APOLOGY_LINT_SNAPSHOT === '0') {
  console.log('build-engine: bundled; snapshot skipped (APOLOGY_LINT_SNAPSHOT=0)');
} else {
  const blob = join(out, 'snapshot.blob');
  const made = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(out, 'snapshot-entry.cjs')], {
    cwd: root,
    env: { ...process.env, APOLOGY_LINT_SNAPSHOT_BUILD: '1', NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    // Not fatal: the CLI works without a snapshot, only slower to start.
    // Node warns about built-ins it has not verified in snapshots; the reason is elsewhere.
    const reason = (made.stderr ?? '').split('\n').find((line) => /\S/.test(line) && !/Warning:|may still work|To request support|--trace-warnings/.test(line));
    console.warn(`build-engine: no startup snapshot (${(reason ?? made.error?.message ?? `exit ${made.status}`).trim()})`);
  } else {
    const meta = { node: process.version, execPath: process.execPath, arch: process.arch, builtAt: Date.now() };
    writeFileSync(join(out, 'snapshot.json'), `${JSON.stringify(meta)}\n`);
    // The same for bin/apology-lint, a shell script that cannot read JSON cheaply.
    writeFileSync(join(out, 'snapshot.sh'), `snapshot_node=${shellQuote(process.execPath)}\n`);
  }
}

function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
