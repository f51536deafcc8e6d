#!/usr/bin/env node
// Issue 13's adversarial run, at a smaller scale, as one table: for each
// family of attacks, how many were tried, how many failed, and the worst case
// (time, or peak memory). Every CLI run is the installed command
// (bin/apology-lint) in a child process with a hard time limit, and is held
// to the house rules whatever the input: exit 0, 1 or 2 (or the signal sent);
// no stack trace; on exit 2, one line on stderr and no report; a JSON report
// that parses, with integer scores 0-100 and 1-based positions, end after
// start; nothing written to an input; no temporary file left behind.
// Performance attacks are bench/stress.mjs's (--quick), plus the largest export.
//
//   node bench/attacks.mjs [--json] [--no-stress]
// Needs the build (npm run build); Linux (FIFOs, /dev, GNU time for memory).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { random } from './generate.mjs';
import { emptyMacrosExport } from './export-memory.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'apology-lint');
const asJson = process.argv.includes('--json');
const withStress = !process.argv.includes('--no-stress');
const LIMIT_MS = 60_000;
const hasTime = existsSync('/usr/bin/time');
const work = mkdtempSync(join(tmpdir(), 'apology-lint-attacks-'));

// ---- running the CLI and judging a run ---------------------------------------------------

/** One CLI run, killed after LIMIT_MS; with its time and (GNU time) peak RSS. */
function run(args, { cwd = work, input, signalAfterMs, signal = 'SIGINT', pipeTo } = {}) {
  return new Promise((done) => {
    const command = hasTime ? '/usr/bin/time' : cli;
    const argv = hasTime ? ['-f', '__rss %M', cli, ...args] : args;
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const child = spawn(command, argv, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let readOut = 0;
    child.stdout.on('data', (d) => {
      readOut += d.length;
      // A reader that stops early, as `| head -c N` does.
      if (pipeTo !== undefined && readOut >= pipeTo) child.stdout.destroy();
      else stdout += d;
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    if (signalAfterMs !== undefined) setTimeout(() => child.kill(signal), signalAfterMs);
    child.on('close', (status, killed) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const rss = Number(/__rss (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      stderr = stderr.replace(/^Command (?:exited|terminated).*\n/m, '').replace(/__rss \d+\n?/, '');
      const exited = /Command terminated by signal (\d+)/.exec(stderr);
      done({ status: exited ? null : status, signal: killed, stdout, stderr, ms, rss, timedOut: ms >= LIMIT_MS - 50 });
    });
  });
}

/** What is wrong with a run, by the house rules; '' when nothing. */
function judge(r, { expect: wanted = [0, 1, 2], json = false } = {}) {
  if (r.timedOut) return `did not finish in ${LIMIT_MS / 1000} s`;
  if (/\n\s+at |^\s+at |Error: .*\n.*node:|node:internal/m.test(r.stderr)) return `stack trace: ${r.stderr.slice(0, 200)}`;
  if (!wanted.includes(r.status)) return `exit ${r.status ?? r.signal}, wanted ${wanted.join('/')}: ${r.stderr.slice(0, 200)}`;
  const lines = r.stderr.split('\n').filter(Boolean);
  if (lines.some((line) => !line.startsWith('apology-lint: ') && !line.startsWith('Paste your draft'))) return `stray stderr: ${r.stderr.slice(0, 200)}`;
  if (r.status === 2) {
    if (lines.filter((l) => !l.startsWith('apology-lint: warning:')).length !== 1) return `exit 2 with ${lines.length} lines on stderr`;
    if (r.stdout !== '') return 'exit 2 with a report';
  }
  if (json && r.status !== 2) {
    let report;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      return `not a JSON report: ${r.stdout.slice(0, 100)}`;
    }
    for (const result of report) {
      if (!Number.isInteger(result.score) || result.score < 0 || result.score > 100) return `score ${result.score}`;
      for (const m of result.messages) {
        const ok = [m.line, m.column, m.endLine, m.endColumn].every((n) => Number.isInteger(n) && n >= 1) && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column));
        if (!ok) return `bad position ${m.line}:${m.column}-${m.endLine}:${m.endColumn} (${m.ruleId})`;
      }
    }
  }
  return '';
}

const families = [];
function family(name) {
  const f = { family: name, tried: 0, failures: [], worstMs: 0, worstMb: 0, worst: '' };
  families.push(f);
  return f;
}
function record(f, name, r, problem) {
  f.tried++;
  if (problem) f.failures.push(`${name}: ${problem}`);
  if (r && r.ms > f.worstMs) [f.worstMs, f.worst] = [r.ms, name];
  if (r && r.rss > f.worstMb) f.worstMb = r.rss;
}

/** A fresh folder under the work folder with these files. */
function folder(files = {}) {
  const dir = mkdtempSync(join(work, 'case-'));
  // A repository's top: config lookup stops here, not in the machine's folders above.
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

// ---- hostile texts -----------------------------------------------------------------------

const PIECES = [
  "I'm sorry", 'we lost your parcel', 'but the courier', 'Unfortunately', 'any inconvenience', 'mistakes were made',
  '\u202e', '\u0000', '\u001b[31m', '\r\n', '\r', '\n\n\n', '\t', '\ufeff', '\ud800', '\udfff', '💐', 'é', 'e\u0301', '\u200b',
  '<!--', '-->', '<script>', '</script>', '![', '[a](', '](', '`', '```', '{{', '}}', '{%', '%}', '{#', '#}', '{{!--', '---\n',
  '&#', '&amp;', '<b>', '</b>', '<!-- apology-lint-disable -->', '<!-- apology-lint-enable -->', '<!-- apology-lint-disable-next-line -->',
  '. ', '...', '!!!', '?', '"', "'", '’', '(', ')', '[', ']', '*', '_', '#', '> ', '- ', '1. ', ' '.repeat(50), 'a'.repeat(200),
];
function hostileText(rng) {
  let text = '';
  const pieces = 1 + Math.floor(rng() * 60);
  for (let i = 0; i < pieces; i++) {
    const piece = PIECES[Math.floor(rng() * PIECES.length)];
    text += rng() < 0.1 ? piece.repeat(1 + Math.floor(rng() * 200)) : piece;
    if (rng() < 0.5) text += ' ';
  }
  return text;
}

async function hostileTextsViaApi(count) {
  const f = family('hostile texts via the API (lintText, twice each, 4 formats)');
  const { lintText, UserError } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);
  const rng = random(13);
  const formats = ['text', 'markdown', 'html', 'template'];
  for (let i = 0; i < count; i++) {
    const text = hostileText(rng);
    const format = formats[i % formats.length];
    const started = performance.now();
    let problem = '';
    try {
      const a = lintText(text, { format });
      const b = lintText(text, { format });
      if (JSON.stringify(a) !== JSON.stringify(b)) problem = 'two runs differ';
      if (!Number.isInteger(a.score) || a.score < 0 || a.score > 100) problem = `score ${a.score}`;
      const lines = text.split(/\r\n|\r|\n/);
      for (const m of a.messages) {
        const inside = m.line >= 1 && m.endLine <= lines.length && m.column >= 1 && m.column <= (lines[m.line - 1]?.length ?? 0) + 1 && m.endColumn <= (lines[m.endLine - 1]?.length ?? 0) + 1;
        if (!inside || m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column)) problem = `position ${m.line}:${m.column}-${m.endLine}:${m.endColumn} outside the text (${m.ruleId})`;
      }
    } catch (error) {
      if (!(error instanceof UserError)) problem = `threw ${error?.message}`;
    }
    record(f, `text ${i} (${format})`, { ms: performance.now() - started, rss: 0 }, problem);
  }
  f.worstMb = process.memoryUsage().rss / 1024 / 1024;
}

async function filesViaCli(count) {
  const f = family('hostile files via the CLI (a folder, --jobs 1 and --jobs 2)');
  const rng = random(1313);
  const files = {};
  const extensions = ['.txt', '.md', '.html', '.liquid', '.hbs', '.njk'];
  // No NUL (a file holding one is refused as binary, rightly) and no lone surrogate (not writable as UTF-8).
  for (let i = 0; i < count; i++) files[`f${String(i).padStart(4, '0')}${extensions[i % extensions.length]}`] = hostileText(rng).replace(/\0/g, '').toWellFormed();
  const dir = folder(files);
  const one = await run(['--no-config-lookup', '-f', 'json', '--jobs', '1', '.'], { cwd: dir });
  const two = await run(['--no-config-lookup', '-f', 'json', '--jobs', '2', '.'], { cwd: dir });
  for (const [name, r] of [['--jobs 1', one], ['--jobs 2', two]]) {
    const problem = judge(r, { json: true, expect: [0, 1] });
    f.tried += count - 1;
    record(f, `${count} files, ${name}`, r, problem || (JSON.parse(r.stdout).length !== count ? 'a file missing from the report' : ''));
  }
  if (one.stdout !== two.stdout) f.failures.push('--jobs 2 report differs from --jobs 1');
  const written = readdirSync(dir).filter((n) => n !== '.git').some((n) => readFileSync(join(dir, n), 'utf8') !== files[n]);
  if (written) f.failures.push('an input was changed');
}

// ---- attacks by family: [name, files, args, options, expected exits] -----------------------

const POOR = 'Hi Sam,\n\nUnfortunately the courier lost your parcel. Sorry for any inconvenience.\n';
const macro = (title, text, field = 'comment_value') => ({ title, actions: [{ field, value: text }] });

function fileAttacks() {
  const mk = (setup) => () => {
    const dir = folder({ 'a.txt': POOR });
    setup(dir);
    return dir;
  };
  return [
    ['missing file', mk(() => {}), ['nope.txt'], [2]],
    ['dangling link', mk((d) => symlinkSync(join(d, 'gone.txt'), join(d, 'l.txt'))), ['l.txt'], [2]],
    ['link loop', mk((d) => (symlinkSync('l2.txt', join(d, 'l1.txt')), symlinkSync('l1.txt', join(d, 'l2.txt')))), ['l1.txt'], [2]],
    ['FIFO', mk((d) => spawnSync('mkfifo', [join(d, 'p.txt')])), ['p.txt'], [2]],
    ['FIFO inside a folder', mk((d) => spawnSync('mkfifo', [join(d, 'p.txt')])), ['.'], [0, 1, 2]],
    ['link to /dev/zero', mk((d) => symlinkSync('/dev/zero', join(d, 'z.txt'))), ['z.txt'], [2]],
    ['link to /dev/stdin', mk((d) => symlinkSync('/dev/stdin', join(d, 's.txt'))), ['s.txt'], [2], { input: POOR }],
    ['link to /dev/urandom', mk((d) => symlinkSync('/dev/urandom', join(d, 'r.md'))), ['r.md'], [2]],
    ['a folder named x.txt', mk((d) => mkdirSync(join(d, 'x.txt'))), ['x.txt'], [2]],
    ['NUL byte', mk((d) => writeFileSync(join(d, 'b.txt'), 'sorry\0')), ['b.txt'], [2]],
    ['UTF-16 LE', mk((d) => writeFileSync(join(d, 'u.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sorry', 'utf16le')]))), ['u.txt'], [2]],
    ['UTF-16 BE', mk((d) => writeFileSync(join(d, 'u.txt'), Buffer.from([0xfe, 0xff, 0, 0x73]))), ['u.txt'], [2]],
    ['invalid UTF-8', mk((d) => writeFileSync(join(d, 'w.txt'), Buffer.from([0x53, 0x6f, 0x72, 0x72, 0x79, 0x92, 0x0a]))), ['-f', 'json', 'w.txt'], [1]],
    ['UTF-8 BOM', mk((d) => writeFileSync(join(d, 'bom.txt'), `\ufeff${POOR}`)), ['-f', 'json', 'bom.txt'], [1]],
    ['empty file', mk((d) => writeFileSync(join(d, 'e.txt'), '')), ['-f', 'json', 'e.txt'], [1]],
    ['whitespace only', mk((d) => writeFileSync(join(d, 'e.txt'), ' \n\t\r\n')), ['-f', 'json', 'e.txt'], [1]],
    ['over --max-file-size', mk(() => {}), ['--max-file-size', '10B', 'a.txt'], [2]],
    ['1 MB + 1 byte', mk((d) => writeFileSync(join(d, 'big.txt'), 'a'.repeat(1024 * 1024 + 1))), ['big.txt'], [2]],
    ['name with a line break and a forged annotation', mk((d) => writeFileSync(join(d, 'x\n::error file=README.md,line=1::forged.txt'), POOR)), ['-f', 'compact', '.'], [1]],
    ['name with ESC sequences', mk((d) => writeFileSync(join(d, 'x\u001b[2J.txt'), POOR)), ['.'], [1]],
    ['name not UTF-8', mk((d) => writeFileSync(Buffer.from(`${d}/bad\xff.txt`, 'latin1'), POOR)), ['-f', 'json', '.'], [1]],
    ['unreadable subfolder (no permission)', mk((d) => (mkdirSync(join(d, 'sub')), writeFileSync(join(d, 'sub', 'b.txt'), POOR), chmodSync(join(d, 'sub'), 0))), ['.'], [1, 2]],
    ['glob matching nothing', mk(() => {}), ['"*.nothing"'.slice(1, -1)], [2]],
    ['pattern a folder with no draft', mk((d) => mkdirSync(join(d, 'empty'))), ['empty'], [2]],
    ['the same file twice, by two paths', mk((d) => symlinkSync(join(d, 'a.txt'), join(d, 'l.txt'))), ['-f', 'json', 'a.txt', 'l.txt', './a.txt'], [1]],
    ['deep folders (60 levels)', mk((d) => {
      const deep = join(d, ...Array.from({ length: 60 }, (_, i) => `d${i}`));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'a.txt'), POOR);
    }), ['-f', 'json', '.'], [1]],
    ['a name of 255 bytes', mk((d) => writeFileSync(join(d, `${'n'.repeat(251)}.txt`), POOR)), ['-f', 'json', '.'], [1]],
    ['a folder linked into itself', mk((d) => symlinkSync(d, join(d, 'loop'))), ['-f', 'json', '.'], [1, 2]],
    ['standard input empty with no file', mk(() => {}), [], [2]],
    ['standard input binary', mk(() => {}), ['-'], [2], { input: 'a\0b' }],
    ['standard input over the limit', mk(() => {}), ['--max-file-size', '1kB', '-'], [2], { input: 'sorry '.repeat(1000) }],
  ];
}

function structuredAttacks() {
  const sorry = "I'm sorry we lost your parcel; a new one left today.";
  const cases = [
    ['malformed JSON', 'm.json', '{"macros": [', [2]],
    ['JSON with trailing garbage', 'm.json', '[]x', [2]],
    ['JSON nested 100,000 deep', 'm.json', `${'['.repeat(100_000)}"sorry"${']'.repeat(100_000)}`, [2]],
    ['JSON null', 'm.json', 'null', [2]],
    ['JSON empty list', 'm.json', '[]', [2]],
    ['JSON scalar', 'm.json', '"sorry"', [2]],
    ['JSON with a BOM', 'm.json', `\ufeff${JSON.stringify([macro('t', sorry)])}`, [0, 1]],
    ['JSON, macro value not a string', 'm.json', JSON.stringify([{ title: 't', actions: [{ field: 'comment_value', value: 42 }] }]), [0, 1, 2]],
    ['JSON, rich comment list', 'm.json', JSON.stringify([macro('t', ['channel:all', sorry])]), [0, 1]],
    ['JSON, escapes and surrogates', 'm.json', `[{"title":"\\ud83d\\udc90","actions":[{"field":"comment_value","value":"I\\u2019m sorry \\ud800 \\n\\t\\"x\\" \\\\"}]}]`, [0, 1]],
    ['JSON, control characters in a title', 'm.json', JSON.stringify([macro('x\n::error file=a::forged\u001b[2J', sorry)]), [0, 1]],
    ['JSON, duplicate keys', 'm.json', '{"macros":[],"macros":[{"title":"t","actions":[{"field":"comment_value","value":"sorry"}]}]}', [0, 1, 2]],
    ['JSON, 10,000 macros with a directive in each', 'm.json', JSON.stringify(Array.from({ length: 10_000 }, (_, i) => macro(`m${i}`, `<!-- apology-lint-disable hedging --> ${sorry}`, 'comment_value_html'))), [0, 1]],
    ['JSON, huge number', 'm.json', `[{"title":1e999,"actions":[{"field":"comment_value","value":"sorry"}]}]`, [0, 1]],
    ['JSON, one macro over the per-draft limit', 'm.json', JSON.stringify([macro('big', 'sorry '.repeat(200_000))]), [2]],
    ['JSON data file in a folder (no macros)', 'sub/data.json', JSON.stringify({ name: 'x', list: [1, 2, 3] }), [2], ['sub']],
    ['JSON data file named outright', 'data.json', JSON.stringify({ name: 'x' }), [2]],
    ['YAML malformed', 'm.yaml', 'macros: [\n', [2]],
    ['YAML alias bomb', 'm.yaml', `a: &a ["sorry","sorry"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e]\n`, [2]],
    ['YAML custom tag', 'm.yaml', '- title: !!python/object x\n  actions: []\n', [0, 1, 2]],
    ['YAML block scalar', 'm.yaml', `- title: t\n  actions:\n    - field: comment_value\n      value: |\n        ${sorry}\n        Unfortunately the courier lost it.\n`, [0, 1]],
    ['YAML with tabs and CRLF', 'm.yaml', `- title: t\r\n  actions:\r\n    - field: comment_value\r\n      value: "${sorry}\\tok"\r\n`, [0, 1]],
    ['YAML directive comments', 'm.yaml', `# apology-lint-disable\n- title: t\n  actions:\n    - field: comment_value\n      value: "${sorry}"\n# apology-lint-enable\n`, [0, 1]],
    ['YAML multiple documents', 'm.yaml', '- a\n---\n- b\n', [2]],
    ['HTML macro with unclosed markup', 'm.json', JSON.stringify([macro('t', `<p>${sorry}<!--${'<style x'.repeat(2000)}`, 'comment_value_html')]), [0, 1]],
    ['export of 100,000 empty macros', 'm.json', emptyMacrosExport(100_000), [1], ['--max-file-size', '2MB']],
  ];
  return cases.map(([name, file, content, exits, extra]) => [
    name,
    () => folder({ [file]: content }),
    ['--no-config-lookup', '-f', 'json', ...(extra?.[0] === 'sub' ? ['sub'] : [...(extra ?? []), file])],
    exits,
  ]);
}

function configAttacks() {
  const rc = (config) => () => folder({ 'a.txt': POOR, '.apologylintrc.json': typeof config === 'string' ? config : JSON.stringify(config) });
  const withFiles = (files) => () => folder({ 'a.txt': POOR, ...files });
  const diamond = (depth) => {
    const files = { '.apologylintrc.json': JSON.stringify({ extends: ['./c0a.json', './c0b.json'] }) };
    for (let i = 0; i < depth; i++) {
      const next = i + 1 < depth ? { extends: [`./c${i + 1}a.json`, `./c${i + 1}b.json`] } : { rules: { hedging: 'off' } };
      files[`c${i}a.json`] = JSON.stringify(next);
      files[`c${i}b.json`] = JSON.stringify(next);
    }
    return withFiles(files);
  };
  return [
    ['malformed JSON rc', rc('{'), [2]],
    ['rc with a BOM', rc(`\ufeff${JSON.stringify({ rules: { hedging: 'off' } })}`), [0, 1]],
    ['rc not an object', rc('[]'), [2]],
    ['unknown rule', rc({ rules: { nope: 'error' } }), [2]],
    ['bad severity', rc({ rules: { hedging: 'loud' } }), [2]],
    ['minScore out of range', rc({ minScore: 1000 }), [2]],
    ['unknown key', rc({ rulez: {} }), [2]],
    ['extends cycle', withFiles({ '.apologylintrc.json': JSON.stringify({ extends: './b.json' }), 'b.json': JSON.stringify({ extends: './.apologylintrc.json' }) }), [2]],
    ['extends missing', rc({ extends: './nope.json' }), [2]],
    ['extends diamond of depth 14', diamond(14), [0, 1]],
    ['extends a FIFO', () => {
      const d = rc({ extends: './p.json' })();
      spawnSync('mkfifo', [join(d, 'p.json')]);
      return d;
    }, [2]],
    ['extends /dev/zero', () => {
      const d = rc({ extends: './z.json' })();
      symlinkSync('/dev/zero', join(d, 'z.json'));
      return d;
    }, [2]],
    ['rc is a link to /dev/stdin', () => {
      const d = folder({ 'a.txt': POOR });
      symlinkSync('/dev/stdin', join(d, '.apologylintrc.json'));
      return d;
    }, [2]],
    ['ignore file is a FIFO', () => {
      const d = folder({ 'a.txt': POOR });
      spawnSync('mkfifo', [join(d, '.apologylintignore')]);
      return d;
    }, [2]],
    ['package.json of 2 MB', withFiles({ 'package.json': JSON.stringify({ name: 'x', pad: 'x'.repeat(2 * 1024 * 1024) }) }), [2]],
    ['placeholder that backtracks', rc({ placeholders: ['(a+)+$'] }), [2]],
    ['placeholder not a regex', rc({ placeholders: ['('] }), [2]],
    ['fields path garbage', rc({ fields: { text: '[[[' } }), [0, 1, 2]],
    ['custom YAML tag in an rc', withFiles({ '.apologylintrc.yaml': 'rules: !!js/function x\n' }), [2]],
    ['JS config that never settles', withFiles({ 'apologylint.config.mjs': 'export default new Promise(() => {});\n' }), [2]],
    ['JS config with a top-level await that never resolves', withFiles({ 'apologylint.config.mjs': 'await new Promise(() => {});\nexport default {};\n' }), [2]],
    ['JS config that throws', withFiles({ 'apologylint.config.mjs': 'throw new Error("boom");\n' }), [2]],
    ['plugin that never settles', withFiles({ '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }), 'acme.mjs': 'await new Promise(() => {});\nexport default { rules: {} };\n' }), [2]],
    ['plugin with a live timer', withFiles({ '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }), 'acme.mjs': 'setInterval(() => {}, 1000);\nexport default { rules: {} };\n' }), [1]],
    ['plugin rule that throws', withFiles({ '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' }, rules: { 'acme/x': 'error' } }), 'acme.mjs': 'export default { rules: { x: { meta: { id: "x" }, check() { throw new Error("no"); } } } };\n' }), [2]],
    ['plugin rule returning garbage', withFiles({ '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' }, rules: { 'acme/x': 'error' } }), 'acme.mjs': 'export default { rules: { x: { meta: { id: "x" }, check() { return [{ start: -1, end: 1e9, message: 1 }]; } } } };\n' }), [2]],
    ['--no-plugins with a JS config', withFiles({ 'apologylint.config.mjs': 'process.exit(0);\n' }), [2], ['--no-plugins']],
    ['-c a missing file', withFiles({}), [2], ['-c', 'nope.json']],
    ['-c a folder', withFiles({}), [2], ['-c', '.']],
    ['--rule garbage', withFiles({}), [2], ['--rule', '{"hedging":']],
    ['--rule unknown', withFiles({}), [2], ['--rule', 'nope:error']],
    ['--min-score garbage', withFiles({}), [2], ['--min-score', '-5']],
    ['--max-file-size garbage', withFiles({}), [2], ['--max-file-size', '1XB']],
    ['--jobs garbage', withFiles({}), [2], ['--jobs', 'many']],
  ].map(([name, setup, exits, args]) => [name, setup, [...(args ?? []), 'a.txt'], exits]);
}

/** Output attacks: each its own check after the run. [name, setup → dir, args, exits, check(dir, run) → problem, options]. */
function outputAttacks() {
  const base = () => folder({ 'a.txt': POOR, 'b.txt': POOR });
  const unchanged = (d) => (readFileSync(join(d, 'a.txt'), 'utf8') === POOR ? '' : 'a.txt was written over');
  const noTemp = (d) => (readdirSync(d).some((n) => n.endsWith('.tmp')) ? 'a temporary file was left' : '');
  return [
    ['-o over an input', base, ['a.txt', '-o', 'a.txt'], [2], unchanged],
    ['-o over an input through a link', (d = base()) => (symlinkSync('a.txt', join(d, 'l.txt')), d), ['l.txt', '-o', 'a.txt'], [2], unchanged],
    ['-o to a link to an input', (d = base()) => (symlinkSync('a.txt', join(d, 'l.txt')), d), ['a.txt', '-o', 'l.txt'], [2], unchanged],
    ['-o through a linked folder', (d = base()) => (symlinkSync(d, join(d, 'same')), d), ['a.txt', '-o', 'same/a.txt'], [2], unchanged],
    ['-o /dev/null', base, ['a.txt', '-o', '/dev/null'], [1], () => (statSync('/dev/null').isCharacterDevice() ? '' : '/dev/null replaced')],
    ['-o /dev/stdout', base, ['-f', 'json', 'a.txt', '-o', '/dev/stdout'], [1], (_, r) => (r.stdout.startsWith('[') ? '' : 'nothing printed')],
    ['-o a FIFO', (d = base()) => (spawnSync('mkfifo', [join(d, 'out')]), d), ['a.txt', '-o', 'out'], [1, 2], noTemp, { readFifo: 'out' }],
    ['-o a read-only file', (d = base()) => (writeFileSync(join(d, 'ro.txt'), 'keep'), chmodSync(join(d, 'ro.txt'), 0o444), d), ['a.txt', '-o', 'ro.txt'], [2], (d) => (readFileSync(join(d, 'ro.txt'), 'utf8') === 'keep' ? '' : 'read-only file replaced')],
    ['-o a folder', base, ['a.txt', '-o', '.'], [2], noTemp],
    ['-o into new folders', base, ['a.txt', '-o', 'x/y/z.txt'], [1], (d) => (existsSync(join(d, 'x/y/z.txt')) ? noTemp(join(d, 'x/y')) : 'no report')],
    ['-o through a dangling link', (d = base()) => (symlinkSync('target.txt', join(d, 'l.out')), d), ['a.txt', '-o', 'l.out'], [1], (d) => (existsSync(join(d, 'target.txt')) ? '' : 'link not followed')],
    ['-o over a file of another run, twice at once', base, ['a.txt', 'b.txt', '-o', 'r.txt'], [1], (d) => (noTemp(d) || (readFileSync(join(d, 'r.txt'), 'utf8').includes('b.txt') ? '' : 'report not whole')), { twice: true }],
    ['SIGINT during a run with -o', (d = base()) => {
      for (let i = 0; i < 40; i++) writeFileSync(join(d, `d${i}.txt`), `${POOR}${'We looked again. '.repeat(200)}`);
      return d;
    }, ['.', '-o', 'r.txt'], [null, 1, 0], (d) => noTemp(d) || (existsSync(join(d, 'r.txt')) && !readFileSync(join(d, 'r.txt'), 'utf8').includes('files,') ? 'half a report' : ''), { signalAfterMs: 1500 }],
    ['SIGTERM during --jobs 2', (d = base()) => {
      for (let i = 0; i < 60; i++) writeFileSync(join(d, `d${i}.txt`), `${POOR}${'We looked again. '.repeat(200)}`);
      return d;
    }, ['--jobs', '2', '.', '-o', 'r.txt'], [null, 1, 0], noTemp, { signalAfterMs: 2000, signal: 'SIGTERM' }],
    ['EPIPE: a reader that stops after 100 bytes', (d = base()) => {
      for (let i = 0; i < 30; i++) writeFileSync(join(d, `d${i}.txt`), POOR);
      return d;
    }, ['.'], [0, 1], () => '', { pipeTo: 100 }],
  ];
}

async function runCases(f, cases, { json = false } = {}) {
  for (const [name, setup, args, exits, check, options = {}] of cases) {
    const dir = setup();
    const passes = [];
    if (options.readFifo) passes.push(new Promise((done) => spawn('cat', [join(dir, options.readFifo)], { stdio: 'ignore' }).on('close', done)));
    const runs = [run(args, { cwd: dir, ...options })];
    if (options.twice) runs.push(run(args, { cwd: dir, ...options }));
    const results = await Promise.all(runs);
    await Promise.race([Promise.all(passes), new Promise((done) => setTimeout(done, 2000))]);
    for (const r of results) {
      const wantsJson = json || args.includes('json');
      const signalled = options.signalAfterMs !== undefined;
      let problem = signalled ? (r.timedOut ? 'did not stop' : '') : judge(r, { expect: exits, json: wantsJson && !args.includes('-o') });
      if (signalled && /\n\s+at /.test(r.stderr)) problem = 'stack trace';
      if (!problem && typeof check === 'function') problem = check(dir, r);
      record(f, name, r, problem);
    }
  }
}

async function performance_(f) {
  if (!withStress) return;
  const stress = spawnSync(process.execPath, [join(root, 'bench', 'stress.mjs'), '--quick', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const summary = JSON.parse(stress.stdout.trim().split('\n').at(-1));
  f.tried += summary.cases;
  for (const r of summary.flagged) f.failures.push(`${r.where} ${r.regex.slice(0, 60)} on '${r.input}': ${r.verdict}`);
  const slowest = Math.max(summary.slowest?.ms ?? 0, summary.extractors?.slowest?.ms ?? 0, ...summary.engine.map((e) => e.largeMs ?? 0));
  if (slowest > f.worstMs) [f.worstMs, f.worst] = [slowest, 'slowest stress case at its large size'];
}

async function main() {
  const started = performance.now();
  try {
    await hostileTextsViaApi(600);
    await filesViaCli(300);
    await runCases(family('file attacks'), fileAttacks().map(([name, setup, args, exits, options]) => [name, setup, args, exits, undefined, options]), {});
    await runCases(family('structured inputs (JSON/YAML exports)'), structuredAttacks(), { json: true });
    await runCases(family('config attacks'), configAttacks(), {});
    await runCases(family('output attacks (-o, signals, EPIPE)'), outputAttacks(), {});
    const perf = family('performance attacks (bench/stress.mjs --quick, CLI on 1 MB of unclosed markup, --jobs 1000)');
    const markup = ['![', '<!--', '<style x', '{#', '{{!', '{%#', '[a](', '<script>', '{% comment %}', '<!-- apology-lint-disable '];
    await runCases(perf, markup.map((unit, i) => [`1 MB of '${unit.trim()}' (.${i % 2 ? 'md' : 'html'})`, () => folder({ [`x.${i % 2 ? 'md' : 'html'}`]: unit.repeat(Math.floor((1024 * 1024 - 1) / unit.length)) }), ['--no-config-lookup', '-f', 'json', `x.${i % 2 ? 'md' : 'html'}`], [0, 1]]));
    await runCases(perf, [['--jobs 1000 on 60 files', () => folder(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d${i}.txt`, `${POOR}${'We looked again. '.repeat(80)}`]))), ['--no-config-lookup', '--jobs', '1000', '-f', 'json', '.'], [1]]]);
    await performance_(perf);
  } finally {
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  const rows = families.map((f) => ({ family: f.family, tried: f.tried, failures: f.failures.length, worstMs: Math.round(f.worstMs), worstCase: f.worst, peakRssMb: Math.round(f.worstMb), failed: f.failures }));
  if (asJson) console.log(JSON.stringify({ seconds, rows }));
  else {
    console.log('| family | tried | failures | worst case |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.family} | ${r.tried} | ${r.failures} | ${(r.worstMs / 1000).toFixed(1)} s (${r.worstCase})${r.peakRssMb ? `, peak RSS ${r.peakRssMb} MB` : ''} |`);
    for (const r of rows) for (const failure of r.failed) console.log(`FAILED ${r.family}: ${failure}`);
    console.log(`attacks: ${rows.reduce((s, r) => s + r.tried, 0)} tried, ${rows.reduce((s, r) => s + r.failures, 0)} failed, ${seconds} s`);
  }
  process.exitCode = rows.some((r) => r.failures > 0) ? 1 : 0;
}

await main();
