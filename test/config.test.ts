// Configs as a team writes them: found from each draft's folder upwards in
// every supported form, extended, overridden per glob, checked with one-line
// errors, and overridden again by the CLI's flags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, expectUsageError, parseReport, tree, type JsonResult } from './helpers.js';

const rulesOf = (result: JsonResult | undefined): string[] => [...new Set(result?.messages.map((m) => m.ruleId))].sort();
const severityOf = (result: JsonResult | undefined, ruleId: string): number[] =>
  [...new Set(result?.messages.filter((m) => m.ruleId === ruleId).map((m) => m.severity))];

describe('config discovery', () => {
  // One folder per kind of config file; each turns hedging into something different.
  const dir = tree({
    'json/.apologylintrc.json': JSON.stringify({ rules: { hedging: 'error' } }),
    'json/a.txt': HEDGED,
    'json/deeper/still/b.txt': HEDGED,
    'yaml/.apologylintrc.yaml': 'rules:\n  hedging: off\n',
    'yaml/a.txt': HEDGED,
    'yml/.apologylintrc.yml': 'rules:\n  hedging: [error, {}]\n',
    'yml/a.txt': HEDGED,
    'js/apologylint.config.js': 'export default { rules: { hedging: 2 } };\n',
    'js/package.json': JSON.stringify({ type: 'module' }),
    'js/a.txt': HEDGED,
    'mjs/apologylint.config.mjs': 'export default { rules: { hedging: "off" } };\n',
    'mjs/a.txt': HEDGED,
    'pkg/package.json': JSON.stringify({ name: 'macros', apologylint: { rules: { hedging: 'error' } } }),
    'pkg/a.txt': HEDGED,
    'nokey/package.json': JSON.stringify({ name: 'no-config-here' }),
    'nokey/a.txt': HEDGED,
    // The nearest config wins over one further up.
    'json/near/.apologylintrc.json': JSON.stringify({ rules: { hedging: 'off' } }),
    'json/near/c.txt': HEDGED,
  });
  const files = ['json/a.txt', 'json/deeper/still/b.txt', 'yaml/a.txt', 'yml/a.txt', 'js/a.txt', 'mjs/a.txt', 'pkg/a.txt', 'nokey/a.txt', 'json/near/c.txt'];

  it('finds .apologylintrc.json/.yaml/.yml, apologylint.config.js/.mjs and package.json#apologylint from each draft upwards', () => {
    const run = cli(['--format', 'json', ...files], { cwd: dir });
    const report = parseReport(run);
    const hedging = report.map((result) => severityOf(result, 'hedging'));
    expect(hedging).toEqual([[2], [2], [], [2], [2], [], [2], [1], []]);
    expect(run.status).toBe(1);
  });

  it('-c uses one file for every draft; --no-config-lookup uses none', () => {
    const single = parseReport(cli(['--format', 'json', '-c', 'yaml/.apologylintrc.yaml', 'json/a.txt', 'pkg/a.txt'], { cwd: dir }));
    expect(single.map((r) => severityOf(r, 'hedging'))).toEqual([[], []]);
    const none = parseReport(cli(['--format', 'json', '--no-config-lookup', 'json/a.txt', 'yaml/a.txt'], { cwd: dir }));
    expect(none.map((r) => severityOf(r, 'hedging'))).toEqual([[1], [1]]);
  });

  it('--print-config shows the config a draft would get, with every rule', () => {
    const run = cli(['--print-config', 'json/deeper/still/b.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { configFile: string; rules: Record<string, unknown> };
    expect(printed.configFile).toBe(join('json', '.apologylintrc.json'));
    expect(printed.rules.hedging).toBe('error');
    expect(printed.rules['missing-apology']).toBe('error');
    expect(Object.keys(printed.rules)).toHaveLength(14);
  });
});

describe('config keys', () => {
  const dir = tree({
    '.apologylintrc.json': JSON.stringify({
      $schema: './node_modules/apology-lint/schema/apologylintrc.schema.json',
      extends: ['apology-lint:recommended', './base.yaml'],
      rules: { 'missing-prevention': 'off' },
      placeholders: ['\\(\\([a-z_]+\\)\\)'],
      lexicon: { thirdParties: ['Rocketpost'], remedies: ['rain check'] },
      overrides: [{ files: ['strict/**'], rules: { hedging: 'error' }, minScore: 95 }],
    }),
    'base.yaml': 'rules:\n  missing-empathy: off\n  non-apology: warn\n',
    'poor.txt': POOR,
    'hedged.txt': HEDGED,
    'strict/hedged.txt': HEDGED,
    // ((courier)) is a placeholder under this config, so the sentence blames no one.
    'placeholder.txt': "Hi Sam,\n\nI'm sorry: ((courier)) lost your parcel and we never chased it.\n",
    'rocket.txt': "Hi Sam,\n\nI'm sorry your parcel is lost. Rocketpost lost your parcel.\n",
    // "rain check" repairs only because this team's lexicon says so.
    'raincheck.txt': "Hi Sam,\n\nI'm sorry we cancelled your class; that was my mistake. You'll get a rain check for next week.\n",
    'preset/.apologylintrc.json': JSON.stringify({ extends: 'apology-lint:strict' }),
    'preset/hedged.txt': HEDGED,
  });

  it('applies extends (presets and a path), rules, overrides, minScore, placeholders and lexicon', () => {
    const run = cli(['--format', 'json', 'poor.txt', 'hedged.txt', 'strict/hedged.txt', 'placeholder.txt', 'rocket.txt', 'preset/hedged.txt', 'raincheck.txt'], { cwd: dir });
    const [poor, hedged, strict, placeholder, rocket, preset, raincheck] = parseReport(run);
    expect(raincheck?.messages.map((m) => m.ruleId)).not.toContain('missing-remedy');
    // base.yaml turned missing-empathy off and non-apology down; the file turned missing-prevention off.
    expect(rulesOf(poor)).not.toContain('missing-empathy');
    expect(rulesOf(poor)).not.toContain('missing-prevention');
    expect(severityOf(poor, 'non-apology')).toEqual([1]);
    // The override for strict/** only.
    expect(severityOf(hedged, 'hedging')).toEqual([1]);
    expect(severityOf(strict, 'hedging')).toEqual([2]);
    expect(hedged?.minScore).toBeUndefined();
    expect(strict?.minScore).toBe(95);
    expect(placeholder?.messages.map((m) => m.ruleId)).not.toContain('blame-shifting');
    expect(rocket?.messages.map((m) => m.ruleId)).toContain('blame-shifting');
    // apology-lint:strict: every rule an error, and a minimum score.
    expect(severityOf(preset, 'hedging')).toEqual([2]);
    expect(preset?.minScore).toBe(70);
  });

  it('--rule and --min-score win over the config and its overrides; a draft under the minimum fails with exit 1', () => {
    const run = cli(['--format', 'json', '--rule', 'hedging:warn', '--min-score', '99', 'strict/hedged.txt'], { cwd: dir });
    const [result] = parseReport(run);
    expect(severityOf(result, 'hedging')).toEqual([1]);
    expect(result?.errorCount).toBe(0);
    expect(result?.minScore).toBe(99);
    expect(result?.score).toBeLessThan(99);
    expect(run.status).toBe(1);
    const passing = cli(['--format', 'json', '--rule', 'hedging:off', '--min-score', '1', 'strict/hedged.txt'], { cwd: dir });
    expect(parseReport(passing)[0]?.messages).toEqual([]);
    expect(passing.status).toBe(0);
  });
});

describe('config errors: one line naming the file and key, exit 2', () => {
  const dir = tree({
    'a.txt': HEDGED,
    'unknown-key.json': JSON.stringify({ rulez: {} }),
    'unknown-rule.yaml': 'rules:\n  hedgin: warn\n',
    'bad-severity.json': JSON.stringify({ overrides: [{ files: '*.txt', rules: { hedging: 'loud' } }] }),
    'bad-extends.json': JSON.stringify({ extends: 'apology-lint:lenient' }),
    'bad-json.json': '{ "rules": ',
    'bad-placeholder.json': JSON.stringify({ placeholders: ['(unclosed'] }),
    'missing-plugin.json': JSON.stringify({ plugins: ['./nowhere.js'] }),
  });
  const cases: Array<[string, RegExp]> = [
    ['unknown-key.json', /invalid config 'unknown-key\.json': unknown key 'rulez' \(did you mean 'rules'\?\)/],
    ['unknown-rule.yaml', /invalid config 'unknown-rule\.yaml': rules\.hedgin: unknown rule 'hedgin' \(did you mean 'hedging'\?\)/],
    ['bad-severity.json', /invalid config 'bad-severity\.json': overrides\[0\]\.rules\.hedging: severity must be "off", "warn" or "error"/],
    ['bad-extends.json', /invalid config 'bad-extends\.json': extends: unknown preset 'apology-lint:lenient'/],
    ['bad-json.json', /cannot parse config 'bad-json\.json' as JSON/],
    ['bad-placeholder.json', /invalid config 'bad-placeholder\.json': placeholders\[0\]: not a regular expression/],
    ['missing-plugin.json', /invalid config 'missing-plugin\.json': plugins: cannot load '\.\/nowhere\.js'/],
  ];
  it.each(cases)('%s', (file, message) => {
    expectUsageError(cli(['-c', file, 'a.txt'], { cwd: dir }), message);
  });

  it('an unknown rule in --rule, and a bad severity', () => {
    expectUsageError(cli(['--rule', 'hedgin:off', 'a.txt'], { cwd: dir }), /--rule: unknown rule 'hedgin'/);
    expectUsageError(cli(['--rule', 'hedging:loud', 'a.txt'], { cwd: dir }), /--rule.*expected id:severity/);
  });

  it('the config a team commits is left as it was', () => {
    const before = readFileSync(join(dir, 'unknown-key.json'), 'utf8');
    cli(['-c', 'unknown-key.json', 'a.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'unknown-key.json'), 'utf8')).toBe(before);
  });
});
