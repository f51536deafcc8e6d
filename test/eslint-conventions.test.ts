// Where the README says apology-lint behaves as ESLint does: --color and
// --no-color, --rule in ESLint's object form, -f NAME resolving formatter
// packages as ESLint names them, --quiet hiding drafts that pass, and the JSON
// result carrying ESLint's full result shape, read by ESLint's own stylish
// formatter (the eslint-formatter-stylish package).
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, parseReport, root, tree } from './helpers.js';

const GOOD = "Hi Sam,\n\nI'm sorry we sent your order to the wrong address; that was our mistake. I've sent a replacement today by express and refunded the delivery fee. I know you needed it for the weekend. We now check every address against your account before we print the label.\n";
const ANSI = /\u001b\[/;

const dir = tree({
  'poor.txt': POOR,
  'hedged.txt': HEDGED,
  'good.txt': GOOD,
  'silenced.md': `<!-- apology-lint-disable blame-shifting -- the courier really did it -->\n${POOR}`,
  'node_modules/apology-lint-formatter-both/package.json': '{"name":"apology-lint-formatter-both","main":"index.js"}',
  'node_modules/apology-lint-formatter-both/index.js': 'module.exports = () => "ours\\n";',
  'node_modules/eslint-formatter-both/package.json': '{"name":"eslint-formatter-both","main":"index.js"}',
  'node_modules/eslint-formatter-both/index.js': 'module.exports = () => "eslint\'s\\n";',
  'node_modules/eslint-formatter-only/package.json': '{"name":"eslint-formatter-only","main":"index.js"}',
  'node_modules/eslint-formatter-only/index.js': 'module.exports = (results) => results.map((r) => r.filePath.split("/").pop()).join(",") + "\\n";',
  'node_modules/@acme/eslint-formatter-scoped/package.json': '{"name":"@acme/eslint-formatter-scoped","main":"index.js"}',
  'node_modules/@acme/eslint-formatter-scoped/index.js': 'module.exports = () => "scoped\\n";',
});
// ESLint's own stylish formatter, as a user who installed it would have it (its chalk 4 resolves from the real path).
mkdirSync(join(dir, 'node_modules'), { recursive: true });
symlinkSync(join(root, 'node_modules', 'eslint-formatter-stylish'), join(dir, 'node_modules', 'eslint-formatter-stylish'));

describe('--color and --no-color', () => {
  it('--color colours a piped report; --no-color wins over FORCE_COLOR', () => {
    expect(cli(['poor.txt'], { cwd: dir }).stdout).not.toMatch(ANSI);
    expect(cli(['--color', 'poor.txt'], { cwd: dir }).stdout).toMatch(ANSI);
    expect(cli(['--no-color', 'poor.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('reaches an ESLint formatter too', () => {
    expect(cli(['--color', '-f', './node_modules/eslint-formatter-stylish/index.js', 'poor.txt'], { cwd: dir }).stdout).toMatch(ANSI);
    expect(cli(['--no-color', '-f', './node_modules/eslint-formatter-stylish/index.js', 'poor.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});

describe('--rule', () => {
  it("takes ESLint's object form, with a severity or [severity, options], over the config", () => {
    const before = parseReport(cli(['-f', 'json', 'poor.txt'], { cwd: dir }))[0];
    expect(before?.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['blame-shifting', 'non-apology']));
    const after = parseReport(cli(['-f', 'json', '--rule', '{"blame-shifting":"off","non-apology":["warn",{}],"missing-remedy":0}', 'poor.txt'], { cwd: dir }))[0];
    const ids = after?.messages.map((m) => m.ruleId) ?? [];
    expect(ids).not.toContain('blame-shifting');
    expect(ids).not.toContain('missing-remedy');
    expect(after?.messages.find((m) => m.ruleId === 'non-apology')?.severity).toBe(1);
  });

  it('mixes with the id:severity form, the later setting winning', () => {
    const run = cli(['-f', 'json', '--rule', '{"hedging":"error"}', '--rule', 'hedging:off', 'hedged.txt'], { cwd: dir });
    expect(parseReport(run)[0]?.messages.map((m) => m.ruleId)).not.toContain('hedging');
  });

  it('refuses malformed JSON, a bad severity and an unknown rule with one line and exit 2', () => {
    for (const [value, says] of [
      ['{"hedging":', /expected a JSON object of rule settings/],
      ['{"hedging":"loud"}', /expected "hedging" to be off, warn, error/],
      ['{"hedging":["warn","x"]}', /expected "hedging" to be/],
      ['{"no-such-rule":"off"}', /no-such-rule/],
    ] as const) {
      const run = cli(['--rule', value, 'poor.txt'], { cwd: dir });
      expect(run.status, value).toBe(2);
      expect(run.stderr).toMatch(says);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });
});

describe('-f NAME', () => {
  it('tries apology-lint-formatter-NAME, then eslint-formatter-NAME, scoped names as ESLint forms them', () => {
    expect(cli(['-f', 'both', 'poor.txt'], { cwd: dir }).stdout).toBe('ours\n');
    expect(cli(['-f', 'only', 'poor.txt', 'good.txt'], { cwd: dir }).stdout).toBe('poor.txt,good.txt\n');
    expect(cli(['-f', 'eslint-formatter-only', 'poor.txt'], { cwd: dir }).stdout).toBe('poor.txt\n');
    expect(cli(['-f', '@acme/scoped', 'poor.txt'], { cwd: dir }).stdout).toBe('scoped\n');
  });

  it('names the packages it looked for when none is installed', () => {
    const run = cli(['-f', 'nowhere', 'poor.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^apology-lint: unknown format 'nowhere' \(.*apology-lint-formatter-nowhere or eslint-formatter-nowhere\)\n$/);
  });

  it("renders the report with ESLint's own stylish formatter, counts and all", () => {
    const ours = /(\d+ problems \(\d+ errors, \d+ warnings\))/.exec(cli(['poor.txt'], { cwd: dir }).stdout)?.[1];
    expect(ours).toBeDefined();
    const eslint = cli(['-f', 'eslint-formatter-stylish', 'poor.txt'], { cwd: dir });
    expect(eslint.status).toBe(1);
    expect(eslint.stdout).toMatch(/^\n\S*poor\.txt\n/);
    expect(eslint.stdout).toMatch(/^ +3:1 +error +Blames someone else for the failure.* +blame-shifting$/m);
    expect(eslint.stdout).toContain(`✖ ${ours}`);
    expect(eslint.stdout).not.toMatch(/NaN|undefined/);
  });
});

describe('--quiet', () => {
  it('reports errors only, and leaves out drafts that pass', () => {
    const run = cli(['--quiet', 'good.txt', 'hedged.txt', 'poor.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^poor\.txt\n/);
    expect(run.stdout).not.toContain('hedged.txt');
    expect(run.stdout).not.toContain('good.txt');
    expect(run.stdout).not.toMatch(/^ +\d+:\d+ +warning /m);
    const json = parseReport(cli(['--quiet', '-f', 'json', 'good.txt', 'hedged.txt', 'poor.txt'], { cwd: dir }));
    expect(json.map((r) => r.filePath)).toEqual([join(dir, 'poor.txt')]);
    expect(json[0]?.warningCount).toBe(0);
  });

  it('keeps a draft under the minimum score, which fails the run', () => {
    const run = cli(['--quiet', '--min-score', '99', '-f', 'json', 'hedged.txt', 'good.txt'], { cwd: dir });
    expect(parseReport(run).map((r) => r.filePath)).toEqual([join(dir, 'hedged.txt')]);
    expect(run.status).toBe(1);
  });

  it('prints nothing and exits 0 when every draft passes', () => {
    const run = cli(['--quiet', 'good.txt', 'hedged.txt'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});

describe("ESLint's result shape in the JSON report", () => {
  it('has every field an ESLint formatter reads, with the types ESLint gives them', () => {
    for (const result of parseReport(cli(['-f', 'json', 'poor.txt', 'good.txt'], { cwd: dir })) as unknown as Array<Record<string, unknown>>) {
      expect(result).toMatchObject({ fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [], usedDeprecatedRules: [] });
      expect(result.errorCount).toBe((result.messages as Array<{ severity: number }>).filter((m) => m.severity === 2).length);
    }
  });

  it('lists what an inline directive silenced in suppressedMessages, with its -- reason', () => {
    const [result] = parseReport(cli(['-f', 'json', 'silenced.md'], { cwd: dir })) as unknown as Array<{
      messages: Array<{ ruleId: string }>;
      suppressedMessages: Array<{ ruleId: string; severity: number; line: number; suppressions: unknown }>;
    }>;
    expect(result?.messages.map((m) => m.ruleId)).not.toContain('blame-shifting');
    expect(result?.suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'blame-shifting', severity: 2, line: 4, suppressions: [{ kind: 'directive', justification: 'the courier really did it' }] }),
    ]);
  });
});
