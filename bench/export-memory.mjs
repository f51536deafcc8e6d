#!/usr/bin/env node
// Peak memory of the CLI on large Zendesk JSON exports: N macros whose text
// is empty (each still a draft: a missing apology, five findings), linted
// with the default format and with `-f json`, the report sent to /dev/null.
// The figure is the child's peak RSS as GNU time reports it
// (`/usr/bin/time -v`, "Maximum resident set size"), so it covers the whole
// process, the heap and the engine's models alike.
//
//   node bench/export-memory.mjs [COUNT…]      (default 10000 100000 1000000)
//
// Each export is written to a temporary folder and removed after. The run
// passes --max-file-size over the export's size (the default, 1 MB, is for one
// draft's text; an export is bounded by it per macro and by 64× it as a whole).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'apology-lint');
const counts = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const formats = process.argv.includes('--json-only') ? ['json'] : ['stylish', 'json'];

/** N macros with empty text, as Zendesk exports them: `{ "macros": [...] }`. */
export function emptyMacrosExport(count) {
  const macros = [];
  for (let i = 0; i < count; i++) macros.push(`{"title":"m${i}","actions":[{"field":"comment_value","value":""}]}`);
  return `{"macros":[\n${macros.join(',\n')}\n]}\n`;
}

function peak(file, format) {
  if (!existsSync('/usr/bin/time')) throw new Error('export-memory: needs GNU time at /usr/bin/time');
  const size = statSync(file).size;
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', cli, '-f', format, '--max-file-size', String(Math.max(size + 1, 1024 * 1024)), file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
  const status = Number(/Exit status: (\d+)/.exec(run.stderr)?.[1] ?? run.status);
  const said = run.stderr.split('\n').filter((line) => line.startsWith('apology-lint:') || /heap|memory/i.test(line)).slice(0, 2);
  return { mb: Math.round(kb / 1024), seconds: Math.round(seconds * 10) / 10, status, said };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(join(tmpdir(), 'apology-lint-export-'));
  try {
    for (const count of counts.length ? counts : [10_000, 100_000, 1_000_000]) {
      const file = join(dir, `macros-${count}.json`);
      writeFileSync(file, emptyMacrosExport(count));
      const size = statSync(file).size;
      for (const format of formats) {
        const r = peak(file, format);
        console.log(`${count} empty macros (${(size / 1024 / 1024).toFixed(1)} MB), -f ${format}: peak RSS ${r.mb} MB, ${r.seconds} s, exit ${r.status}${r.said.length ? ` (${r.said.join(' | ')})` : ''}`);
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
