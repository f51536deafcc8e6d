// Nothing apology-lint prints can be forged by what it reads (issue 13): a
// file name, a macro title or a draft's text with a line break, an ESC
// sequence or a bidirectional override reaches stdout and stderr escaped, in
// every human format and in warning and error lines, as `github` already does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tree } from './helpers.js';

const FORGED = 'x\n::error file=README.md,line=1::forged.txt';
const ESCAPE = 'x\u001b]0;pwned\u0007\u001b[2J.txt';
const POOR = "Sorry for any inconvenience, but the courier lost it, not us. Unfortunately that's the policy.\n";
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function withFiles(names: string[], content = POOR): string {
  const dir = tree({});
  for (const name of names) writeFileSync(join(dir, name), content);
  return dir;
}

describe('file names are escaped in the human formats', () => {
  for (const format of ['stylish', 'compact']) {
    it(`${format}: a name with a line break prints no line of its own`, () => {
      const dir = withFiles([FORGED]);
      const run = cli(['--no-config-lookup', '--format', format, FORGED], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n').some((line) => line.startsWith('::error'))).toBe(false);
      expect(run.stdout).toContain('x\\n::error file=README.md,line=1::forged.txt');
    });

    it(`${format}: ESC and BEL in a name do not reach the terminal`, () => {
      const dir = withFiles([ESCAPE]);
      const run = cli(['--no-config-lookup', '--format', format, ESCAPE], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stdout).toContain('x\\e]0;pwned\\u0007\\e[2J.txt');
    });
  }

  it('stylish: a macro title with ESC sequences is escaped', () => {
    const macros = JSON.stringify([{ title: 'Late\u001b[31m order\u202e', actions: [{ field: 'comment_value', value: POOR }] }]);
    const dir = tree({ 'macros.json': macros });
    const run = cli(['--no-config-lookup', 'macros.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain('Late\\e[31m order\\u202e');
  });

  it('stylish: a draft line quoted under a finding shows its control characters as visible signs', () => {
    const dir = tree({ 'a.txt': `Sorry for any inconvenience\u001b[2J\u001b]0;pwned\u0007, but the courier lost it, not us.\n` });
    const run = cli(['--no-config-lookup', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('inconvenience');
    expect(run.stdout).not.toMatch(CONTROL);
  });
});

describe('warning and error lines are one line, escaped', () => {
  it('a warning about a file named outright but ignored, its name holding a line break', () => {
    const name = 'ignored\nапология-lint: forged warning.txt';
    const dir = withFiles([name]);
    const run = cli(['--no-config-lookup', '--ignore-pattern', 'ignored*', name], { cwd: dir });
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("warning: 'ignored\\nапология-lint: forged warning.txt' is ignored");
  });

  it('an error about a file whose name holds ESC sequences', () => {
    const dir = withFiles([ESCAPE], 'binary\u0000content');
    const run = cli(['--no-config-lookup', ESCAPE], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(CONTROL);
    expect(run.stderr).toBe("apology-lint: 'x\\e]0;pwned\\u0007\\e[2J.txt' is not a text draft (it contains a NUL byte)\n");
  });

  it('the not-UTF-8 warning, for a name with a carriage return', () => {
    const name = 'latin\r1.txt';
    const dir = withFiles([name], 'Sorry, caf\u00e9.');
    writeFileSync(join(dir, name), Buffer.from('Sorry, caf\xe9.\n', 'latin1'));
    const run = cli(['--no-config-lookup', name], { cwd: dir });
    expect(run.stderr).toContain("warning: 'latin\\r1.txt' is not valid UTF-8");
    expect(run.stderr).not.toContain('\r');
  });
});
