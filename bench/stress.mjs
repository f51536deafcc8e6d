#!/usr/bin/env node
// Every regular expression in src/ and rules/ against adversarial input:
// each literal (found with the TypeScript parser) runs over strings built to
// make a backtracking engine stall (long runs of what the expression accepts,
// with no way to finish a match), at a small and a 4× larger size. A time
// ratio far above 4 means super-linear: the script names the expression, its
// file and line, and the input, and exits 1.
//
//   node bench/stress.mjs [--quick] [--json]
// Sizes: 250 kB and 1 MB (--quick: 64 kB and 256 kB). CI runs --quick.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const asJson = process.argv.includes('--json');
const [SMALL, LARGE] = quick ? [64 * 1024, 256 * 1024] : [250 * 1024, 1024 * 1024];
/** Ratio of times for 4× the input that counts as super-linear (linear is ~4, noise can double it). */
const LIMIT = 10;
/** Below this, a time is noise: a scan of 1 MB in under 40 ms is linear enough. */
const FLOOR_MS = 40;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** Every regex literal and `new RegExp('literal', 'flags')` in the code. */
function findRegexes() {
  const found = [];
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      let re;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const cut = literal.lastIndexOf('/');
        try {
          re = new RegExp(literal.slice(1, cut), literal.slice(cut + 1).replace(/[gy]/g, ''));
        } catch {}
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
        try {
          re = new RegExp(node.arguments[0].text, flags.replace(/[gy]/g, ''));
        } catch {}
      }
      if (re) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push({ re, where: `${relative(root, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Strings that defeat backtracking: runs of one unit, and the expression's own letters. */
function adversaries(re) {
  const letters = [...new Set(re.source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|[^a-z'’ .,!?-]/gi, '').split(''))].join('');
  return {
    spaces: ' ',
    letters: 'a',
    'word space': 'sorry ',
    'apostrophes': "we'",
    'dots': '.',
    'newlines': '\n',
    'mixed': 'Hi, we... ',
    'emoji': '💐 ',
    'brackets': '{[(',
    'own letters': letters || 'x',
    'own letters spaced': `${letters || 'x'} `,
  };
}

const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '\u0007';

function timeOnce(re, input) {
  const global = new RegExp(re.source, `${re.flags}g`);
  const start = performance.now();
  let count = 0;
  for (const m of input.matchAll(global)) {
    if (m[0].length === 0) global.lastIndex++;
    if (++count > 5_000_000) break;
  }
  return performance.now() - start;
}

function measure(re, input) {
  // Best of two: a pause of the machine should not read as super-linear.
  return Math.min(timeOnce(re, input), timeOnce(re, input));
}

const regexes = findRegexes();
const flagged = [];
let slowest = { ms: 0 };
for (const { re, where } of regexes) {
  for (const [name, unit] of Object.entries(adversaries(re))) {
    // A probe at 1/32 and 1/8 of the small size first: a quadratic expression
    // would take minutes at 1 MB, so it is named from the probe alone.
    const tiny = measure(re, fill(unit, SMALL / 32));
    const probe = measure(re, fill(unit, SMALL / 8));
    if (probe > 150 && probe / Math.max(tiny, 0.01) > LIMIT) {
      flagged.push({ where, regex: String(re), input: name, sizes: [SMALL / 32, SMALL / 8], smallMs: Math.round(tiny), largeMs: Math.round(probe), ratio: Math.round((probe / Math.max(tiny, 0.01)) * 10) / 10 });
      continue;
    }
    const small = measure(re, fill(unit, SMALL));
    const large = measure(re, fill(unit, LARGE));
    if (large > slowest.ms) slowest = { ms: Math.round(large), where, input: name };
    const ratio = large / Math.max(small, 0.01);
    if (large > FLOOR_MS && ratio > LIMIT) {
      flagged.push({ where, regex: String(re), input: name, sizes: [SMALL, LARGE], smallMs: Math.round(small), largeMs: Math.round(large), ratio: Math.round(ratio * 10) / 10 });
    }
  }
}

const result = { checked: regexes.length, sizes: [SMALL, LARGE], limit: LIMIT, slowest, flagged };
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`stress: ${regexes.length} regular expressions × ${Object.keys(adversaries(/x/)).length} inputs, ${SMALL / 1024} kB vs ${LARGE / 1024} kB; slowest ${slowest.ms} ms (${slowest.where}, ${slowest.input})`);
  for (const f of flagged) console.log(`super-linear: ${f.where} ${f.regex.slice(0, 120)} on '${f.input}': ${f.sizes[0] / 1024} kB ${f.smallMs} ms → ${f.sizes[1] / 1024} kB ${f.largeMs} ms (×${f.ratio})`);
  console.log(flagged.length === 0 ? 'stress: every expression ran in linear time' : `stress: ${flagged.length} super-linear cases`);
}
process.exitCode = flagged.length === 0 ? 0 : 1;
