// --list-rules, --explain and --init.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGED, cli, expectUsageError, parseReport, tree } from './helpers.js';

describe('--list-rules and --explain', () => {
  it('--list-rules prints every built-in rule with its severity, kind and description', () => {
    const run = cli(['--list-rules']);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').filter((line) => /^[a-z-]+ {2,}(error|warn) /.test(line));
    expect(rows).toHaveLength(14);
    expect(run.stdout).toMatch(/^blame-shifting +error +pattern +\S/m);
    expect(run.stdout).toMatch(/^missing-prevention +warn +part +\S/m);
  });

  it('--explain prints the rule\'s docs with a bad and a good example', () => {
    const run = cli(['--explain', 'non-apology']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^non-apology {2}\(a pattern that spoils an apology; error by default\)\n/);
    expect(run.stdout).toMatch(/\n {2}✘ .+\n {2}✔ .+\n/);
    expectUsageError(cli(['--explain', 'non-apolgy']), /unknown rule 'non-apolgy' \(did you mean 'non-apology'\?\)/);
  });
});

describe('--init', () => {
  it('writes a starter config that the linter then uses, and never overwrites one', () => {
    const dir = tree({ 'reply.txt': HEDGED });
    const run = cli(['--init'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \.apologylintrc\.json/);
    const written = readFileSync(join(dir, '.apologylintrc.json'), 'utf8');
    expect(JSON.parse(written)).toMatchObject({ extends: ['apology-lint:recommended'], minScore: 60 });
    const [result] = parseReport(cli(['--format', 'json', 'reply.txt'], { cwd: dir }));
    expect(result?.minScore).toBe(60);
    expectUsageError(cli(['--init'], { cwd: dir }), /'\.apologylintrc\.json' already exists here; not overwriting it/);
    expect(readFileSync(join(dir, '.apologylintrc.json'), 'utf8')).toBe(written);
    expect(existsSync(join(dir, 'reply.txt'))).toBe(true);
  });
});
