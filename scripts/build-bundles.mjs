// After tsc: bundles the linter and the CLI (esbuild) and builds the V8 startup snapshot
// for this machine's node binary (src/snapshot/build.ts, which an installed
// copy also runs on first use). Run by `npm run build` (and so by `npm
// install`'s prepare). A snapshot is tied to the exact node executable and
// the compiled files, so its stamp records both (src/snapshot/stamp.ts).
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSnapshot, bundleDigestPath } from '../dist/src/snapshot/build.js';
import { builtFilesDigest } from '../dist/src/snapshot/stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');
rmSync(out, { recursive: true, force: true });
// Where a build before the rename left them (dist/engine/).
rmSync(join(root, 'dist', 'engine'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The data files the linter reads at load (src/analysis/data-files.ts), beside the compiled code.
const data = join(root, 'dist', 'data');
mkdirSync(data, { recursive: true });
for (const name of ['acts-model.json', 'wordnet-classes.json']) copyFileSync(join(root, 'data', name), join(data, name));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};

// Modules find files beside them (package.json, worker.js, the data files)
// through import.meta.url, which a bundled script has not: in both bundles
// each module's own URL is rebuilt at run time from the package's location,
// which linter.cjs knows from its own folder and the snapshot's main function
// learns from the command's path.
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
  entryPoints: [join(root, 'scripts', 'linter-entry.mjs')],
  format: 'cjs',
  outfile: join(out, 'linter.cjs'),
  plugins: [moduleUrls],
  // The same module URLs, from where the bundle is: dist/bundle/ in the package.
  banner: { js: `const __moduleUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', '..', path)).href;` },
});
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
      // The package being built for (src/snapshot/build.ts says), wherever it was bundled.
      `globalThis[Symbol.for('apology-lint.root')] = require('node:path').resolve(process.env.APOLOGY_LINT_SNAPSHOT_ROOT ?? '.');`,
      `const __moduleUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(globalThis[Symbol.for('apology-lint.root')], path)).href;`,
    ].join('\n'),
  },
});
// What the snapshot lends its users' modules to be imported with (src/import-module.ts).
writeFileSync(join(out, 'import.cjs'), 'module.exports = (url) => import(url);\n');

// What the bundles were made from, by content (src/snapshot/stamp.ts).
writeFileSync(bundleDigestPath(root), `${builtFilesDigest(root)}\n`);

if (process.env.APOLOGY_LINT_SNAPSHOT === '0') {
  console.log('build-bundles: bundled; snapshot skipped (APOLOGY_LINT_SNAPSHOT=0)');
} else {
  const built = buildSnapshot(root);
  // Not fatal: the CLI works without a snapshot, only slower to start.
  if (!built.ok) console.warn(`build-bundles: no startup snapshot (${built.reason})`);
}
