#!/usr/bin/env node
// Every regular expression in src/ and rules/, every input format's
// extractor (Markdown, HTML, templates, JSON and YAML exports, with their
// disable comments), and the whole engine (every rule), against adversarial input. Each regex literal (found with the
// TypeScript parser) runs over strings built to make a backtracking engine
// stall (long runs of what the expression accepts, with no way to finish a
// match), at a small and a 4× larger size; the engine (lintText from dist/,
// all rules on) gets the same runs and a few draft-like ones. A time ratio
// far above 4 (over LIMIT) means super-linear: the script names the case and
// exits 1.
//
// Bounded: every case runs in a child process with a hard time limit; a case
// that does not finish in time is killed and counts as a failure. Cases run
// on as many children as there are cores.
//
//   node bench/stress.mjs [--quick] [--json] [--no-engine]
// Sizes, regexes and extractors: 250 kB and 1 MB (--quick: 64 kB and 256 kB).
// Sizes, engine:  64 kB and 256 kB (--quick: 16 kB and 64 kB).
// CI runs --quick after the tests (the engine cases need the build in dist/).
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const asJson = process.argv.includes('--json');
const withEngine = !process.argv.includes('--no-engine');
const [SMALL, LARGE] = quick ? [64 * 1024, 256 * 1024] : [250 * 1024, 1024 * 1024];
const [ENGINE_SMALL, ENGINE_LARGE] = quick ? [16 * 1024, 64 * 1024] : [64 * 1024, 256 * 1024];
/** Ratio of times for 4× the input that counts as super-linear (linear is ~4; noise and warm-up can nearly double it). */
const LIMIT = 8;
/** Below this, a time is noise: a scan of the large input in under 40 ms is linear enough. */
const FLOOR_MS = 40;
/**
 * The same for an extractor, which allocates per character (its garbage
 * collection alone reads as ×9 between 64 and 256 kB on a loaded machine);
 * the quadratic ones this check exists for took over 5 s there.
 */
const EXTRACT_FLOOR_MS = 150;
/** Hard limit for one case (all its sizes), in its own child process. */
const CASE_MS = quick ? 5_000 : 60_000;
const ENGINE_CASE_MS = quick ? 20_000 : 180_000;

/**
 * Known super-linear cases not fixed yet, left out of the verdict (still run
 * and printed as "allowed"). Each entry: the expression's file and the start
 * of its source (line numbers move), the inputs, and why it is tolerated, with
 * the issue it belongs to. Keep this short: every entry is a debt.
 */
const ALLOWED = [
  // { file: 'rules/lib/x.ts', source: '^\\s*(?:a)?\\s*b', inputs: ['spaces'], why: 'issue N: what, and the fix' },
];

// ---- the child: runs one case at a time, sent by the parent -----------------------

const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '\u0007';

function regexTime(re, input) {
  const global = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`);
  const start = performance.now();
  let count = 0;
  for (const m of input.matchAll(global)) {
    if (m[0].length === 0) global.lastIndex++;
    if (++count > 5_000_000) break;
  }
  return performance.now() - start;
}

/**
 * A draft of one input format holding `text`: as is for a one-draft file; for
 * a JSON or YAML export, the text of one macro (HTML, as Zendesk's
 * comment_value_html), so that the parser, the escape mapping and the HTML
 * extractor all get it.
 */
function inFormat(format, text) {
  if (format === 'json') return JSON.stringify([{ title: 't', actions: [{ field: 'comment_value_html', value: text }] }]);
  // A literal block, each line indented; YAML allows no control characters in it.
  const block = text.replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ').split('\n').map((line) => `        ${line}`).join('\n');
  if (format === 'yaml') return `- title: t\n  actions:\n    - field: comment_value_html\n      value: |-\n${block}\n`;
  return text;
}

/** One input format's extraction and disable comments, as lintSource runs them before the analysis. */
function extractTime(inputs, format, input) {
  const text = inFormat(format, input);
  const start = performance.now();
  inputs.parseDirectives(text, format);
  if (format === 'json' || format === 'yaml') {
    const drafts = inputs.extractStructured(text, format, undefined, `stress.${format}`);
    // Not parsed as an export: the case would time nothing but a parse error.
    if (drafts?.length !== 1) throw new Error(`stress: the ${format} case is not a one-macro export`);
  } else inputs.extractSingle(text, format);
  return performance.now() - start;
}

/** Times one case at the sizes asked; best of two for the regexes and extractors (cheap), one run for the engine. */
async function runCase(job, lintText, inputs) {
  const time =
    job.kind === 'regex'
      ? (() => {
          const re = new RegExp(job.source, job.flags);
          return (input) => Math.min(regexTime(re, input), regexTime(re, input));
        })()
      : job.kind === 'extract'
        ? (input) => Math.min(extractTime(inputs, job.format, input), extractTime(inputs, job.format, input))
        : (input) => {
            const start = performance.now();
            lintText(input);
            return performance.now() - start;
          };
  const [small, large] = job.sizes;
  // A probe at 1/32 and 1/8 of the small size first: a quadratic case would
  // take minutes at the full sizes, so it is named from the probe alone.
  const tiny = time(fill(job.unit, small / 32));
  const probe = time(fill(job.unit, small / 8));
  if (probe > 150 && probe / Math.max(tiny, 0.01) > LIMIT) return { sizes: [small / 32, small / 8], ms: [tiny, probe] };
  const a = time(fill(job.unit, small));
  const b = time(fill(job.unit, large));
  return { sizes: [small, large], ms: [a, b] };
}


// ---- the parent: finds the cases, runs them on children with a time limit ---------------

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** Every regex literal and `new RegExp('literal', 'flags')` in the code. */
async function findRegexes() {
  const { default: ts } = await import('typescript');
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

/** Units whose long runs defeat backtracking; both the expressions and the engine get them. */
const RUNS = {
  spaces: ' ',
  letters: 'a',
  'word space': 'sorry ',
  apostrophes: "we'",
  dots: '.',
  newlines: '\n',
  mixed: 'Hi, we... ',
  emoji: '💐 ',
  brackets: '{[(',
};

/** Strings that defeat backtracking: runs of one unit, and the expression's own letters. */
function adversaries(re) {
  const letters = [...new Set(re.source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|[^a-z'’ .,!?-]/gi, '').split(''))].join('');
  return {
    ...RUNS,
    'own letters': letters || 'x',
    'own letters spaced': `${letters || 'x'} `,
  };
}

/** What the whole engine gets: the same runs, and text that looks like drafts. */
const ENGINE_INPUTS = {
  ...RUNS,
  'blank lines': ' \n\n',
  placeholders: '{{ name }} [Name] {% if x %}',
  'one sentence': "I'm sorry the courier lost your parcel, but it was out of our hands ",
  sentences: "I'm sorry the courier lost your parcel. We will refund you. ",
  // The analysis masks markup and template logic in every draft, .txt included (src/inputs/mask.ts).
  'link opener': '[a](',
  'comment opener': '<!--',
  'handlebars comment opener': '{{!',
  'handlebars block comment opener': '{{!--',
  'section opener': '{{#',
  'bracket and space': '[ ',
};

/** Markup each extractor looks for, left unclosed or nested: what made them quadratic (issue 13). */
const MARKUP = {
  'image opener': '![',
  'link opener': '[a](',
  'image opener with text': '![a](',
  'comment opener': '<!--',
  'directive opener': '<!-- apology-lint-disable ',
  'style tag opener': '<style x',
  'script element': '<script>',
  'tag with open quote': '<a "x',
  'entity opener': '&#',
  backticks: '``x',
  'jinja comment opener': '{#',
  'handlebars comment opener': '{{!',
  'handlebars block comment opener': '{{!--',
  'liquid inline comment opener': '{%#',
  'liquid comment block': '{% comment %}',
  'front matter marker': '---\n',
  'fence marker': '```\n',
};

/** The input formats an extractor exists for (src/inputs/formats.ts). */
const FORMATS = ['text', 'markdown', 'html', 'template', 'json', 'yaml'];

function allowed(row) {
  return ALLOWED.find((a) => row.where.startsWith(`${a.file}:`) && row.regex.startsWith(`/${a.source}`) && a.inputs.includes(row.input));
}

async function main() {
  const jobs = [];
  for (const { re, where } of await findRegexes()) {
    for (const [input, unit] of Object.entries(adversaries(re))) {
      jobs.push({ kind: 'regex', where, regex: String(re), source: re.source, flags: re.flags, input, unit, sizes: [SMALL, LARGE], limitMs: CASE_MS });
    }
  }
  const regexCount = jobs.length ? new Set(jobs.map((j) => j.where + j.regex)).size : 0;
  const built = existsSync(join(root, 'dist', 'src', 'index.js'));
  const engine = withEngine && built;
  if (!built) process.stderr.write('stress: no dist/ (run npm run build): extractor and engine cases skipped\n');
  if (built) {
    for (const format of FORMATS) {
      for (const [input, unit] of Object.entries({ ...RUNS, ...MARKUP })) {
        jobs.push({ kind: 'extract', format, where: `extract ${format}`, regex: `${format} extractor`, input, unit, sizes: [SMALL, LARGE], limitMs: CASE_MS, floorMs: EXTRACT_FLOOR_MS });
      }
    }
  }
  if (engine) {
    // The engine's cases are the slowest: first, so the regexes fill in around them.
    jobs.unshift(
      ...Object.entries(ENGINE_INPUTS).map(([input, unit]) => ({ kind: 'engine', where: 'engine', regex: 'lintText (every rule)', input, unit, sizes: [ENGINE_SMALL, ENGINE_LARGE], limitMs: ENGINE_CASE_MS })),
    );
  }
  jobs.forEach((job, id) => (job.id = id));

  const started = performance.now();
  const results = await runAll(jobs, Math.max(1, Math.min(availableParallelism(), 4)));
  // A case over the ratio is measured once more, alone in a fresh child: a
  // pause of a busy machine should not read as super-linear. (Not a time-out:
  // its limit is already generous; nor an allowed case.)
  const suspects = results.filter((r) => verdict(r) === 'super-linear' && !allowed({ where: r.job.where, regex: r.job.regex, input: r.job.input }));
  // On a loaded machine dozens of cheap cases can read as suspects at once; re-measuring them alone is quick.
  if (suspects.length > 0 && suspects.length <= 100) {
    const again = await runAll(suspects.map((r) => r.job), 1);
    for (const r of again) {
      const at = results.findIndex((x) => x.job.id === r.job.id);
      const first = results[at];
      // Each size's best time of both runs: a pause in either run is not the code's, a quadratic case stays quadratic in both.
      const sameSizes = !r.timedOut && !first.timedOut && r.sizes[0] === first.sizes[0] && r.sizes[1] === first.sizes[1];
      results[at] = sameSizes ? { ...r, ms: r.ms.map((ms, k) => Math.min(ms, first.ms[k])) } : r;
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const rows = results.map((r) => {
    const row = { where: r.job.where, regex: r.job.regex, input: r.job.input, verdict: verdict(r) };
    if (r.timedOut) row.timedOutAfterMs = r.job.limitMs;
    else Object.assign(row, { sizes: r.sizes, smallMs: round(r.ms[0]), largeMs: round(r.ms[1]), ratio: round(r.ms[1] / Math.max(r.ms[0], 0.01)) });
    const allow = allowed(row);
    if (allow && row.verdict !== 'linear') row.allowed = allow.why;
    return row;
  });
  const bad = rows.filter((r) => r.verdict !== 'linear');
  const failing = bad.filter((r) => !r.allowed);
  const slowest = rows.filter((r) => r.largeMs !== undefined && r.where !== 'engine' && !r.where.startsWith('extract ')).sort((a, b) => b.largeMs - a.largeMs)[0];
  const engineRows = rows.filter((r) => r.where === 'engine');
  const extractRows = rows.filter((r) => r.where.startsWith('extract '));
  const slowestExtract = extractRows.filter((r) => r.largeMs !== undefined).sort((a, b) => b.largeMs - a.largeMs)[0];
  const summary = {
    checked: regexCount,
    cases: rows.length,
    sizes: [SMALL, LARGE],
    engineSizes: engine ? [ENGINE_SMALL, ENGINE_LARGE] : undefined,
    limit: LIMIT,
    caseLimitMs: [CASE_MS, ENGINE_CASE_MS],
    seconds: round(seconds),
    slowest: slowest && { ms: slowest.largeMs, where: slowest.where, input: slowest.input },
    extractors: { formats: FORMATS, cases: extractRows.length, slowest: slowestExtract && { ms: slowestExtract.largeMs, where: slowestExtract.where, input: slowestExtract.input } },
    engine: engineRows.map(({ input, smallMs, largeMs, ratio, verdict: v, sizes }) => ({ input, sizes, smallMs, largeMs, ratio, verdict: v })),
    flagged: failing,
    allowed: bad.filter((r) => r.allowed),
  };
  if (asJson) console.log(JSON.stringify(summary));
  else {
    console.log(
      `stress: ${regexCount} regular expressions × ${Object.keys(adversaries(/x/)).length} inputs, ${SMALL / 1024} kB vs ${LARGE / 1024} kB` +
        (extractRows.length ? `; ${FORMATS.length} input formats' extractors × ${extractRows.length / FORMATS.length} inputs` : '') +
        (engine ? `; the engine × ${engineRows.length} inputs, ${ENGINE_SMALL / 1024} kB vs ${ENGINE_LARGE / 1024} kB` : '') +
        `; ${summary.seconds} s` +
        (slowest ? `; slowest regex ${slowest.largeMs} ms (${slowest.where}, ${slowest.input})` : '') +
        (slowestExtract ? `; slowest extractor ${slowestExtract.largeMs} ms (${slowestExtract.where}, ${slowestExtract.input})` : ''),
    );
    for (const r of engineRows) console.log(`  engine on '${r.input}': ${r.timedOutAfterMs ? `over ${r.timedOutAfterMs} ms` : `${r.sizes[0] / 1024} kB ${r.smallMs} ms → ${r.sizes[1] / 1024} kB ${r.largeMs} ms (×${r.ratio})`}`);
    for (const r of bad) {
      const what = r.timedOutAfterMs ? `did not finish in ${r.timedOutAfterMs / 1000} s` : `${r.sizes[0] / 1024} kB ${r.smallMs} ms → ${r.sizes[1] / 1024} kB ${r.largeMs} ms (×${r.ratio})`;
      console.log(`${r.allowed ? 'allowed ' : ''}${r.verdict}: ${r.where} ${r.regex.slice(0, 120)} on '${r.input}': ${what}${r.allowed ? ` [${r.allowed}]` : ''}`);
    }
    console.log(failing.length === 0 ? `stress: every case ran in linear time${bad.length ? ` (${bad.length} allowed)` : ''}` : `stress: ${failing.length} super-linear or timed-out cases`);
  }
  process.exitCode = failing.length === 0 ? 0 : 1;
}

function verdict(r) {
  if (r.timedOut) return 'timed out';
  const [small, large] = r.ms;
  if (r.sizes[0] !== r.job.sizes[0]) return 'super-linear'; // named by the probe
  return large > (r.job.floorMs ?? FLOOR_MS) && large / Math.max(small, 0.01) > LIMIT ? 'super-linear' : 'linear';
}

const round = (x) => Math.round(x * 10) / 10;

/** Runs the jobs on `width` children; a job over its limit kills its child (a new one takes over). */
function runAll(jobs, width) {
  return new Promise((resolvePromise) => {
    const results = [];
    let next = 0;
    let running = 0;
    const spawnChild = () => fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: ['--stack-size=4000'] });
    const feed = (child) => {
      if (next >= jobs.length) {
        child.kill();
        if (running === 0 && results.length === jobs.length) resolvePromise(results);
        return;
      }
      const job = jobs[next++];
      running++;
      let done = false;
      const finish = (result) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        running--;
        results.push({ job, ...result });
        if (result.timedOut || result.crashed) {
          child.kill('SIGKILL');
          feed(spawnChild());
        } else feed(child);
      };
      const onMessage = (message) => message.id === job.id && finish({ sizes: message.sizes, ms: message.ms });
      const onExit = () => finish({ timedOut: true, crashed: true });
      const timer = setTimeout(() => finish({ timedOut: true }), job.limitMs);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(job);
    };
    if (jobs.length === 0) return resolvePromise(results);
    for (let i = 0; i < Math.min(width, jobs.length); i++) feed(spawnChild());
  }).then((results) => results.sort((a, b) => a.job.id - b.job.id));
}

// ---- which one this process is --------------------------------------------------------

if (process.argv.includes('--child')) {
  let lintText;
  let inputs;
  process.on('message', async (job) => {
    if (job.kind === 'extract' && !inputs) {
      const dist = (path) => import(pathToFileURL(join(root, 'dist', 'src', 'inputs', path)).href);
      const [formats, directives, structured] = await Promise.all([dist('formats.js'), dist('directives.js'), dist('structured.js')]);
      inputs = { extractSingle: formats.extractSingle, parseDirectives: directives.parseDirectives, extractStructured: structured.extractStructured };
    }
    if (job.kind === 'engine' && !lintText) {
      ({ lintText } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href));
      lintText("I'm sorry we lost your parcel."); // warm up: the first draft loads the models
    }
    const result = await runCase(job, lintText, inputs);
    process.send({ id: job.id, ...result });
  });
} else {
  await main();
}
