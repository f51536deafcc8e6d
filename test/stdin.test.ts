// Standard input when no file is named: a CI job that passes no file (stdin
// empty, not a terminal) is told what to pass, exit 2, rather than given a
// report on an empty draft; `-` still lints whatever comes, even nothing.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('no file and standard input', () => {
  it('empty and not a terminal: one line saying what to pass, exit 2, no report', () => {
    const run = cli(['--format', 'json'], { input: '' });
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^apology-lint: no draft to lint: no file was given and standard input is empty; pass files, folders or globs[^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it('with a draft piped in: lints it', () => {
    const run = cli(['--format', 'json'], { input: 'Sorry for any inconvenience.\n' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('non-apology');
  });

  it("'-' given outright: an empty input is an empty draft, linted (it lacks an apology)", () => {
    const run = cli(['--format', 'json', '-'], { input: '' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('missing-apology');
  });
});
