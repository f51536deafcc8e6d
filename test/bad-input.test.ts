// Bad input, each through the real CLI (issue 5): one clear line on stderr,
// the right exit code, nothing lost. What test/cli.test.ts and
// test/config.test.ts already cover is not repeated here: a missing file, a
// glob or folder with no drafts, binary and UTF-16 content, a byte order
// mark, an empty file, the size limit, malformed configs, unknown rules (in a
// config and in --rule) and an unknown format.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, cli, expectUsageError, parseReport, POOR, root, spanText, tree } from './helpers.js';

const plugin = join(root, 'fixtures', 'plugins', 'apology-lint-plugin-acme');
const dirs: string[] = [];
const scratch = (files: Record<string, string>): string => {
  const dir = tree(files, 'apology-lint-bad-');
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a file that cannot be read: exit 2, one line', () => {
  // Tests run as root in CI, where `chmod 000` does not stop a read; these are
  // read errors that root gets too.
  it('a dangling symbolic link', () => {
    const dir = scratch({});
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'reply.txt'));
    expectUsageError(cli(['reply.txt'], { cwd: dir }), /cannot read 'reply\.txt': no such file/);
  });

  it('a FIFO is refused at once rather than waited on', () => {
    const dir = scratch({});
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expectUsageError(cli(['pipe.txt'], { cwd: dir }), /cannot read 'pipe\.txt': not a regular file/);
  });

  it('a file whose read fails part-way (an I/O error, which root gets too)', () => {
    // /proc/self/mem is a regular file that no process can read from offset 0.
    expectUsageError(cli(['/proc/self/mem']), /cannot read '\/proc\/self\/mem': input\/output error/);
  });
});

describe('text that is odd but a draft', () => {
  it('invalid UTF-8 is read with U+FFFD in place of the bad bytes, with a warning on stderr; the report is whole', () => {
    const dir = scratch({});
    // "We’re" in Windows-1252 (0x92), and a lone continuation byte.
    writeFileSync(join(dir, 'latin.txt'), Buffer.concat([Buffer.from('Hi Sam,\n\nWe'), Buffer.from([0x92]), Buffer.from('re sorry. Unfortunately the courier lost your parcel. '), Buffer.from([0x80]), Buffer.from('\n')]));
    const run = cli(['--format', 'json', 'latin.txt'], { cwd: dir });
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      "apology-lint: warning: 'latin.txt' is not valid UTF-8; its invalid bytes are read as \uFFFD (save it as UTF-8)",
    ]);
    const [result] = parseReport(run);
    expect(run.status).toBe(1);
    expect(result?.messages.some((m) => m.ruleId === 'blame-shifting')).toBe(true);
    // Valid UTF-8 that contains U+FFFD itself is not warned about.
    writeFileSync(join(dir, 'ok.txt'), "I'm sorry \uFFFD we lost your parcel.\n");
    expect(cli(['--format', 'json', 'ok.txt'], { cwd: dir }).stderr).toBe('');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s line endings: findings still point at the right line, column and words', (_name, eol) => {
    const lines = ['Hi Sam,', '', 'I looked into your order today.', 'Unfortunately the courier lost your parcel. Sorry for any inconvenience.', ''];
    const text = lines.join(eol);
    const dir = scratch({ 'reply.txt': text, 'unix.txt': lines.join('\n') });
    const [mine, unix] = parseReport(cli(['--format', 'json', 'reply.txt', 'unix.txt'], { cwd: dir }));
    const blame = mine?.messages.find((m) => m.ruleId === 'blame-shifting');
    const vague = mine?.messages.find((m) => m.ruleId === 'non-apology');
    expect(blame).toMatchObject({ line: 4 });
    expect(vague).toMatchObject({ line: 4 });
    expect(spanText(lines.join('\n'), blame!)).toMatch(/courier lost your parcel/);
    expect(spanText(lines.join('\n'), vague!)).toMatch(/any inconvenience/);
    // The same positions as with \n: columns count characters of the line, never the line ending.
    expect(mine?.messages).toEqual(unix?.messages);
    expect(mine?.score).toBe(unix?.score);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\n   \r\n'],
  ])('an %s file is linted: a missing apology, exit 1', (_name, text) => {
    const dir = scratch({ 'blank.txt': text });
    const run = cli(['--format', 'json', 'blank.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [result] = parseReport(run);
    expect(result?.messages.find((m) => m.ruleId === 'missing-apology')).toMatchObject({ severity: 2, line: 1, column: 1 });
  });
});

describe('a plugin rule that throws', () => {
  const BOOM = `export default {
  rules: {
    boom: {
      meta: { id: 'boom', description: 'Throws on the word kaboom.', kind: 'pattern', defaultSeverity: 'error',
        docs: { description: 'A broken rule.', bad: 'kaboom', good: 'fine' } },
      check(doc) {
        if (doc.text.includes('kaboom')) throw new Error('cannot parse kaboom');
        return [];
      },
    },
  },
};
`;

  it('names the plugin, the rule and the draft on stderr, exits 2, and still reports the other files', () => {
    const dir = scratch({
      'plugin/index.js': BOOM,
      'plugin/package.json': JSON.stringify({ name: 'apology-lint-plugin-broken', type: 'module', main: 'index.js' }),
      '.apologylintrc.json': JSON.stringify({ plugins: { broken: './plugin/index.js' } }),
      'a.txt': POOR,
      'b.txt': `${POOR}kaboom\n`,
      'c.txt': POOR,
    });
    const run = cli(['--format', 'json', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      "apology-lint: cannot lint 'b.txt': rule 'broken/boom' of plugin 'broken' threw: cannot parse kaboom",
    ]);
    expect(run.status).toBe(2);
    const report = parseReport(run);
    expect(report.map((r) => r.filePath)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    expect(report.every((r) => r.messages.some((m) => m.ruleId === 'blame-shifting'))).toBe(true);
  });

  it('the same with --jobs 2 on a batch large enough for the workers', () => {
    const files: Record<string, string> = {
      'plugin/index.js': BOOM,
      '.apologylintrc.json': JSON.stringify({ plugins: { broken: './plugin/index.js' } }),
    };
    for (let i = 0; i < 44; i++) files[`d${String(i).padStart(2, '0')}.txt`] = `${POOR}${i === 5 ? 'kaboom ' : ''}${'We looked into it again today. '.repeat(80)}\n`;
    const dir = scratch(files);
    const run = cli(['--format', 'json', '--jobs', '2', '.'], { cwd: dir });
    expect(run.stderr).toMatch(/^apology-lint: cannot lint 'd05\.txt': rule 'broken\/boom' of plugin 'broken' threw: cannot parse kaboom\n$/);
    expect(run.status).toBe(2);
    expect(parseReport(run)).toHaveLength(43);
  });

  it('a file that is no draft ends a --jobs 2 run at once: the workers lint no more', () => {
    // A plugin rule that notes every draft it is run on, in whichever worker.
    const files: Record<string, string> = {
      'plugin/index.js': `import { appendFileSync } from 'node:fs';
export default { rules: { note: {
  meta: { id: 'note', description: 'Notes each draft.', kind: 'pattern', defaultSeverity: 'warning', docs: { description: 'A note.', bad: 'a', good: 'b' } },
  check() { appendFileSync(${JSON.stringify('seen.log')}, 'x'); return []; },
} } };
`,
      '.apologylintrc.json': JSON.stringify({ plugins: { noting: './plugin/index.js' } }),
      'drafts/000-binary.txt': 'Sorry\u0000',
    };
    for (let i = 1; i < 300; i++) files[`drafts/${String(i).padStart(3, '0')}.txt`] = `${POOR}${'We looked into it again today. '.repeat(60)}\n`;
    const dir = scratch(files);
    const run = cli(['--format', 'json', '--jobs', '2', 'drafts'], { cwd: dir });
    expect(run.stderr).toMatch(/^apology-lint: '.*000-binary\.txt' is not a text draft \(it contains a NUL byte\)\n$/);
    expect(run.status).toBe(2);
    // Without the stop, the workers went on through all 299 drafts before the process could exit.
    const seen = readdirSync(dir).includes('seen.log') ? readFileSync(join(dir, 'seen.log'), 'utf8').length : 0;
    expect(seen).toBeLessThan(100);
  });

  it('the example plugin, which does not throw, is unaffected', () => {
    const dir = scratch({ '.apologylintrc.json': JSON.stringify({ plugins: [plugin] }), 'a.txt': POOR });
    const run = cli(['--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('an interrupted run leaves nothing behind', () => {
  it('SIGINT during a run with -o: no report, no temporary file, the signal as the exit', async () => {
    const files: Record<string, string> = {};
    // Enough work to take many seconds (the linter got faster: 40 short drafts were once enough).
    for (let i = 0; i < 300; i++) files[`drafts/d${i}.txt`] = `${POOR}${'We looked into your order again this morning. '.repeat(60)}\n`;
    const dir = scratch(files);
    const child = spawn(process.execPath, [bin, '--jobs', '1', '-o', 'out/report.json', '--format', 'json', 'drafts'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    // Long enough to be inside the run (started, reading, or linting), far from its end.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(child.exitCode).toBeNull();
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    const left = readdirSync(dir, { recursive: true }).map(String).filter((p) => !p.startsWith('drafts'));
    expect(left).toEqual([]);
  });

  it('SIGINT during a run with --jobs 2: the worker processes end with it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`drafts/d${i}.txt`] = `${POOR}${'We looked into your order again this morning. '.repeat(60)}\n`;
    const dir = scratch(files);
    const launcher = join(root, 'bin', 'apology-lint');
    const child = spawn(launcher, ['--jobs', '2', '--format', 'json', 'drafts'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Every process working in the scratch directory: the CLI and its workers.
    const working = (): number[] =>
      readdirSync('/proc')
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return readlinkSync(`/proc/${pid}/cwd`) === dir;
          } catch {
            return false;
          }
        })
        .map(Number);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(child.exitCode).toBeNull();
    expect(working().length).toBeGreaterThanOrEqual(2);
    child.kill('SIGINT');
    await exited;
    // The workers end on the parent's signal; on a loaded machine that can take longer than half a second.
    // Polled, up to ten seconds: a worker left running fails the test, a slow exit does not.
    for (let waited = 0; working().length > 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(working()).toEqual([]);
  });

  it('a run that finishes writes the report whole, with no temporary file beside it', () => {
    const dir = scratch({ 'a.txt': POOR });
    mkdirSync(join(dir, 'out'));
    const run = cli(['-o', 'out/report.json', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });
});
