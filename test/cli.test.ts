// The CLI as a user runs it: `node bin/apology-lint.js …` in a child process,
// on the fixtures and on files made here. Runs the build in dist/ (`pretest`
// builds it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonResult, Run } from './helpers.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'apology-lint.js');
const fixture = (name: string): string => join(root, 'fixtures', name);
const scratch = mkdtempSync(join(tmpdir(), 'apology-lint-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RULE_IDS = [
  'missing-apology', 'missing-ownership', 'missing-remedy', 'missing-prevention', 'missing-empathy',
  'blame-shifting', 'excuse', 'non-apology', 'denial', 'minimizing', 'passive-evasion', 'hedging',
  'vague-prevention', 'late-apology',
];

/** The environment a user's terminal would give, minus colour settings that tests choose themselves. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (!('FORCE_COLOR' in extra)) delete env.FORCE_COLOR;
  if (!('NO_COLOR' in extra)) delete env.NO_COLOR;
  return env;
}

function cli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; nodeArgs?: string[] } = {}): Run {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: root,
    input: options.input ?? '',
    env: cleanEnv(options.env),
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function jsonReport(args: string[], input?: string): { run: Run; report: JsonResult[] } {
  const run = cli(['--format', 'json', ...args], { input });
  return { run, report: JSON.parse(run.stdout) as JsonResult[] };
}

/** An I/O or usage failure: exit 2, one line on stderr naming the problem, no stack, no report. */
function expectUsageError(run: Run, mentions: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^apology-lint: /);
  expect(lines[0]).toMatch(mentions);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('help and version', () => {
  it('--help prints usage, the options with the size limit default, and examples', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: apology-lint \[options\] \[files\.\.\.\]/);
    expect(run.stdout).toContain('--format <name>');
    expect(run.stdout).toContain('--stdin-filename <path>');
    expect(run.stdout).toMatch(/--max-file-size <size>[\s\S]*default: 1MB/);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('cat reply.txt | apology-lint');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const run = cli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });
});

describe('stylish output', () => {
  it('shows the score, the parts checklist and each finding with its words and a suggestion', () => {
    const run = cli([fixture('poor-florist.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fixtures/poor-florist.txt');
    expect(run.stdout).toMatch(/Score \d{1,3}\/100 {2}grade [A-F]/);
    expect(run.stdout).toMatch(/✘ apology/);
    for (const part of ['ownership', 'remedy', 'prevention', 'empathy']) expect(run.stdout).toMatch(new RegExp(`[✔✘] ${part}`));
    expect(run.stdout).toMatch(/^ {2}1:1 +(error|warning) +.+ {2}missing-apology$/m);
    expect(run.stdout).toMatch(/^ {2}\d+:\d+ +(error|warning) +.+ {2}blame-shifting$/m);
    expect(run.stdout).toMatch(/^ +→ \S/m);
    expect(run.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it('quotes the offending sentence of the draft with carets under the words when there is no colour', () => {
    const draft = readFileSync(fixture('poor-parcel.txt'), 'utf8');
    const lines = cli([fixture('poor-parcel.txt')]).stdout.split('\n');
    const caretRow = lines.findIndex((line, i) => i > 0 && /^ +\^+$/.test(line));
    expect(caretRow).toBeGreaterThan(0);
    const quoted = lines[caretRow - 1] ?? '';
    const caretLine = lines[caretRow] ?? '';
    expect(draft).toContain(quoted.trim().replace(/^…|…$/g, ''));
    const underlined = quoted.slice(caretLine.indexOf('^'), caretLine.length);
    expect(underlined).toMatch(/\w/);
    expect(draft).toContain(underlined);
  });

  it('closes several files with a summary line', () => {
    const run = cli([fixture('poor-florist.txt'), fixture('good-florist.txt'), fixture('fair-billing.txt')]);
    expect(run.stdout).toMatch(/^3 files, \d+ problems? \(\d+ errors?, \d+ warnings?\), average score \d{1,3}$/m);
  });

  it('says so when a draft has no problems, and exits 0', () => {
    const run = cli([fixture('good-clinic.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✔ apology {2}✔ ownership {2}✔ remedy/);
    expect(run.stdout).toContain('✔ no problems');
  });

  it('colours only when asked or at a terminal: FORCE_COLOR yes, NO_COLOR and pipes no', () => {
    const forced = cli([fixture('poor-florist.txt')], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    expect(cli([fixture('poor-florist.txt')]).stdout).not.toContain('\u001b[');
    expect(cli([fixture('poor-florist.txt')], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('json output', () => {
  it('follows report.md: one object per file in input order, absolute paths, counts that match', () => {
    const files = ['poor-billing.txt', 'good-saas-outage.txt', 'fair-hotel.txt'].map(fixture);
    const { run, report } = jsonReport(files);
    expect(run.stderr).toBe('');
    expect(report.map((result) => result.filePath)).toEqual(files);
    for (const result of report) {
      expect(Number.isInteger(result.score)).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(typeof result.grade).toBe('string');
      expect(Object.keys(result.parts).sort()).toEqual(['apology', 'empathy', 'ownership', 'prevention', 'remedy']);
      expect(result).not.toHaveProperty('source');
      for (const message of result.messages) {
        expect(RULE_IDS).toContain(message.ruleId);
        expect([1, 2]).toContain(message.severity);
        expect(typeof message.message).toBe('string');
        for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
          expect(Number.isInteger(message[key])).toBe(true);
          expect(message[key]).toBeGreaterThanOrEqual(1);
        }
      }
      expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length);
      expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
    }
  });

  it('reports what the poor drafts do wrong, and exits 1', () => {
    const { run, report } = jsonReport(['poor-florist.txt', 'poor-parcel.txt', 'poor-billing.txt'].map(fixture));
    expect(run.status).toBe(1);
    const fired = report.map((result) => new Set(result.messages.map((m) => m.ruleId)));
    expect([...(fired[0] ?? [])]).toEqual(expect.arrayContaining(['missing-apology', 'blame-shifting', 'non-apology']));
    expect([...(fired[1] ?? [])]).toEqual(expect.arrayContaining(['missing-apology', 'denial', 'non-apology']));
    expect([...(fired[2] ?? [])]).toEqual(expect.arrayContaining(['missing-apology', 'non-apology', 'minimizing']));
    const missingApology = report[0]?.messages.find((m) => m.ruleId === 'missing-apology');
    expect(missingApology).toMatchObject({ line: 1, column: 1 });
    for (const result of report) expect(result.parts.apology).toBe(false);
  });

  it('scores every good draft above every poor one, and good drafts have no errors', () => {
    const good = jsonReport(['good-florist.txt', 'good-saas-outage.txt', 'good-clinic.txt', 'macros/late-order.txt'].map(fixture));
    const poor = jsonReport(['poor-florist.txt', 'poor-parcel.txt', 'poor-billing.txt'].map(fixture));
    expect(good.run.status).toBe(0);
    for (const result of good.report) expect(result.errorCount).toBe(0);
    const worstGood = Math.min(...good.report.map((result) => result.score));
    const bestPoor = Math.max(...poor.report.map((result) => result.score));
    expect(worstGood).toBeGreaterThan(bestPoor);
  });

  it('points a finding at the same words whether or not the file starts with a byte order mark', () => {
    const text = readFileSync(fixture('poor-florist.txt'), 'utf8');
    const withBom = join(scratch, 'bom.txt');
    writeFileSync(withBom, `\uFEFF${text}`);
    const plain = jsonReport([fixture('poor-florist.txt')]).report[0];
    const bom = jsonReport([withBom]).report[0];
    expect(bom?.messages.length).toBeGreaterThan(0);
    expect(bom?.messages).toEqual(plain?.messages);
    expect(bom?.score).toBe(plain?.score);
  });
});

describe('standard input', () => {
  const draft = readFileSync(fixture('poor-parcel.txt'), 'utf8');

  it('reads piped input when no file is given, reported as <stdin>', () => {
    const run = cli([], { input: draft });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>$/m);
    expect(run.stdout).toContain('denial');
  });

  it('reads "-" in its place among files, and names it with --stdin-filename', () => {
    const { report } = jsonReport([fixture('good-florist.txt'), '-', fixture('fair-billing.txt')], draft);
    expect(report.map((result) => result.filePath)).toEqual([fixture('good-florist.txt'), '<stdin>', fixture('fair-billing.txt')]);
    const named = jsonReport(['--stdin-filename', 'drafts/reply.txt', '-'], draft).report;
    expect(named[0]?.filePath).toBe(join(root, 'drafts', 'reply.txt'));
    expect(named[0]?.messages).toEqual(report[1]?.messages);
  });

  it('at a terminal, says how to paste a draft and end it, then lints what was pasted', () => {
    // The child's stdin is a pipe; this makes the CLI see a terminal there.
    const pretendTerminal = ['--import', 'data:text/javascript,process.stdin.isTTY = true;'];
    const run = cli(['--format', 'json'], { input: draft, nodeArgs: pretendTerminal });
    expect(run.stderr).toBe('Paste your draft, then press Ctrl-D (Ctrl-Z Enter on Windows) to lint it.\n');
    expect((JSON.parse(run.stdout) as JsonResult[])[0]?.filePath).toBe('<stdin>');
  });
});

describe('files, folders and globs', () => {
  it('lints globs and files in the order given, each glob sorted, each file once', () => {
    const { report } = jsonReport(['fixtures/good-florist.txt', 'fixtures/poor-*.txt', 'fixtures/good-florist.txt']);
    expect(report.map((result) => result.filePath)).toEqual(
      ['good-florist.txt', 'poor-billing.txt', 'poor-florist.txt', 'poor-parcel.txt'].map(fixture),
    );
  });

  it('lints the .txt, .md and .markdown files inside a folder', () => {
    const { report } = jsonReport(['fixtures/macros']);
    expect(report.map((result) => result.filePath)).toEqual(['macros/double-charge.md', 'macros/late-order.txt'].map(fixture));
  });

  it('lints an empty file rather than refusing it', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const { run, report } = jsonReport([empty]);
    expect(run.status).not.toBe(2);
    expect(report.map((result) => result.filePath)).toEqual([empty]);
  });

  it('never writes to the drafts it reads', () => {
    const before = readFileSync(fixture('poor-florist.txt'));
    cli([fixture('poor-florist.txt')]);
    expect(readFileSync(fixture('poor-florist.txt')).equals(before)).toBe(true);
  });
});

describe('exit code 2, with one line on stderr', () => {
  it('for a missing file, without linting the others', () => {
    expectUsageError(cli([fixture('good-clinic.txt'), 'no-such-draft.txt']), /cannot read 'no-such-draft.txt': no such file/);
  });

  it('for a glob that matches nothing', () => {
    expectUsageError(cli(['drafts/**/*.txt']), /no files match 'drafts\/\*\*\/\*\.txt'/);
  });

  it('for a folder with no drafts in it', () => {
    const folder = mkdtempSync(join(scratch, 'no-drafts-'));
    writeFileSync(join(folder, 'notes.json'), '{}');
    expectUsageError(cli([folder]), /no drafts in/);
  });

  it('for an unknown option', () => {
    expectUsageError(cli(['--colour', fixture('good-clinic.txt')]), /unknown option '--colour'/);
  });

  it('for an unknown format', () => {
    expectUsageError(cli(['--format', 'xml', fixture('good-clinic.txt')]), /unknown format 'xml'/);
  });

  it('for a binary file', () => {
    const binary = join(scratch, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expectUsageError(cli([binary]), /photo\.txt' is not a text draft/);
  });

  it('for a UTF-16 file, saying to save it as UTF-8', () => {
    const utf16 = join(scratch, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("I'm sorry.", 'utf16le')]));
    expectUsageError(cli([utf16]), /UTF-16.*UTF-8/);
  });

  it('for a file over the size limit: 1 MB by default, or --max-file-size', () => {
    const big = join(scratch, 'big.txt');
    writeFileSync(big, "I'm sorry we lost your parcel. ".repeat(40_000));
    expectUsageError(cli([big]), /big\.txt' is 1\.\d MB, over the 1 MB limit/);
    expectUsageError(cli(['--max-file-size', '100B', fixture('good-florist.txt')]), /good-florist\.txt' is \d+ B, over the 100 B limit/);
    expectUsageError(cli(['--max-file-size', 'large', fixture('good-florist.txt')]), /--max-file-size/);
  });

  it('for standard input over the size limit', () => {
    expectUsageError(cli(['--max-file-size', '1kB', '-'], { input: 'sorry '.repeat(1000) }), /standard input is over the 1 kB limit/);
  });
});
