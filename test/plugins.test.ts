// Plugins: the fixture rule pack, loaded by path and as an installed package;
// namespaced ids, its lexicon additions, and the same config errors as built-ins.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectUsageError, parseReport, root, tree } from './helpers.js';

const plugin = join(root, 'fixtures', 'plugins', 'apology-lint-plugin-acme');
const LEGAL = "Hi Sam,\n\nI'm sorry we lost your parcel. Pursuant to our terms, we hereby refund it. Rocketpost lost it.\n";

describe('plugins', () => {
  const dir = tree({
    'by-path/.apologylintrc.json': JSON.stringify({ plugins: [plugin], rules: { 'acme/no-legalese': 'error' } }),
    'by-path/reply.txt': LEGAL,
    'by-package/.apologylintrc.yaml': 'plugins:\n  - apology-lint-plugin-acme\n',
    'by-package/reply.txt': LEGAL,
    'renamed/.apologylintrc.json': JSON.stringify({ plugins: { legal: plugin }, rules: { 'legal/no-legalese': 'off' } }),
    'renamed/reply.txt': LEGAL,
    'none/reply.txt': LEGAL,
    'bad-rule.json': JSON.stringify({ plugins: [plugin], rules: { 'acme/no-legalise': 'warn' } }),
    'no-plugin.json': JSON.stringify({ rules: { 'acme/no-legalese': 'warn' } }),
  });
  mkdirSync(join(dir, 'by-package', 'node_modules'));
  symlinkSync(plugin, join(dir, 'by-package', 'node_modules', 'apology-lint-plugin-acme'), 'dir');

  it('run a plugin\'s rules under its namespace, from a path or an installed package, with its lexicon', () => {
    const report = parseReport(cli(['--format', 'json', 'by-path/reply.txt', 'by-package/reply.txt', 'renamed/reply.txt', 'none/reply.txt'], { cwd: dir }));
    const legalese = report.map((r) => r.messages.filter((m) => m.ruleId.endsWith('/no-legalese')).map((m) => `${m.ruleId}:${m.severity}`));
    expect(legalese).toEqual([
      ['acme/no-legalese:2', 'acme/no-legalese:2'],
      ['acme/no-legalese:1', 'acme/no-legalese:1'],
      [],
      [],
    ]);
    const legal = report[0]?.messages.find((m) => m.ruleId === 'acme/no-legalese');
    expect(legal).toMatchObject({ line: 3, column: 32, endLine: 3, endColumn: 43 });
    // The plugin adds "Rocketpost" to the third parties: blaming it is blame.
    const blames = report.map((r) => r.messages.some((m) => m.ruleId === 'blame-shifting'));
    expect(blames).toEqual([true, true, true, false]);
  });

  it('appear in --list-rules and --explain', () => {
    const run = cli(['--list-rules'], { cwd: join(dir, 'by-path') });
    expect(run.stdout).toMatch(/^acme\/no-legalese +warn +pattern +Contract words/m);
  });

  it('an unknown plugin rule, or a rule of a plugin not loaded, is a config error', () => {
    expectUsageError(cli(['-c', 'bad-rule.json', 'none/reply.txt'], { cwd: dir }), /invalid config 'bad-rule\.json': rules\.acme\/no-legalise: unknown rule 'acme\/no-legalise' \(did you mean 'acme\/no-legalese'\?\)/);
    expectUsageError(cli(['-c', 'no-plugin.json', 'none/reply.txt'], { cwd: dir }), /rules\.acme\/no-legalese: unknown rule 'acme\/no-legalese' \(no plugin 'acme' is loaded\)/);
  });
});
