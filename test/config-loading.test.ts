// Config loading cannot hang, blow up or be silently wrong (issue 13): each
// `extends` target is resolved once and a cycle is named by its chain;
// config-side files (a config, its `extends`, package.json, the ignore file,
// `-c PATH`) get the drafts' checks (a regular file, under the size limit);
// a config or plugin that never settles is an error, and one that keeps the
// event loop alive does not hold the exit.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, tree } from './helpers.js';

const POOR = "Sorry for any inconvenience, but the courier lost it, not us.\n";

/** The CLI with a hard time limit: a hang shows as status null, not as a stuck test. */
function within(args: string[], cwd: string, { input = '', ms = 20_000, env = {} as Record<string, string> } = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', timeout: ms, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

function fifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('extends', () => {
  it('a diamond 24 levels deep is resolved once per file (it was re-resolved along each of 2^24 paths)', () => {
    const files: Record<string, string> = { 'a.txt': POOR };
    const depth = 24;
    for (let level = 0; level < depth; level++) {
      const next = level + 1 < depth ? [`./l${level + 1}a.json`, `./l${level + 1}b.json`] : [];
      for (const side of ['a', 'b']) files[`l${level}${side}.json`] = JSON.stringify({ extends: next, rules: { hedging: 'warn' } });
    }
    files['.apologylintrc.json'] = JSON.stringify({ extends: ['./l0a.json', './l0b.json'] });
    const run = within(['--format', 'json', 'a.txt'], tree(files));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('a cycle is reported by its chain', () => {
    const dir = tree({
      'a.txt': POOR,
      '.apologylintrc.json': JSON.stringify({ extends: './b.json' }),
      'b.json': JSON.stringify({ extends: './c.json' }),
      'c.json': JSON.stringify({ extends: './b.json' }),
    });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: invalid config 'b.json': extends: a cycle: b.json → c.json → b.json\n");
  });
});

describe('config-side files get the checks drafts get', () => {
  it('a FIFO as .apologylintrc.json is refused, not waited on', () => {
    const dir = tree({ 'a.txt': POOR });
    fifo(join(dir, '.apologylintrc.json'));
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read config '.apologylintrc.json': not a regular file\n");
  });

  it('a FIFO named by -c is refused', () => {
    const dir = tree({ 'a.txt': POOR });
    fifo(join(dir, 'rc.json'));
    const run = within(['-c', 'rc.json', 'a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read config 'rc.json': not a regular file\n");
  });

  it('a FIFO as an extends target is refused', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': JSON.stringify({ extends: './base.json' }) });
    fifo(join(dir, 'base.json'));
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read config 'base.json': not a regular file\n");
  });

  it('an .apologylintignore linked to /dev/stdin does not swallow the piped draft', () => {
    const dir = tree({});
    symlinkSync('/dev/stdin', join(dir, '.apologylintignore'));
    const run = within(['--format', 'json'], dir, { input: POOR });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read ignore file '.apologylintignore': not a regular file\n");
  });

  it('a package.json linked to /dev/zero is refused at once, not read for hundreds of MB and ignored', () => {
    const dir = tree({ 'a.txt': POOR });
    symlinkSync('/dev/zero', join(dir, 'package.json'));
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read config 'package.json': not a regular file\n");
  });

  it('a config over the size limit is refused with the limit named (never below the 1 MB default)', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': JSON.stringify({ $schema: 'x'.repeat(1_100_000), rules: {} }) });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: config '.apologylintrc.json' is 1 MB, over the 1 MB limit (raise it with --max-file-size)\n");
    // A small limit for drafts does not refuse an ordinary config.
    const small = tree({ 'a.txt': 'Sorry.', '.apologylintrc.json': JSON.stringify({ $schema: 'x'.repeat(3000), rules: {} }) });
    expect(within(['--max-file-size', '100B', 'a.txt'], small).stderr).toBe('');
  });

  it('an rc with a UTF-8 byte order mark is read, as drafts with one are', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': `\uFEFF${JSON.stringify({ rules: { 'missing-empathy': 'off' } })}` });
    const run = cli(['--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('missing-empathy');
  });

  it('a custom YAML tag in an rc is one line and exit 2, not a six-line Node warning', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.yaml': 'rules:\n  hedging: !env HEDGING\n' });
    const run = cli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^apology-lint: cannot parse config '\.apologylintrc\.yaml' as YAML: Unresolved tag: !env at line 2, column 12\n$/);
  });
});

describe('a config or plugin that never settles', () => {
  for (const [what, body] of [
    ['exporting a promise that never settles', 'export default new Promise(() => {});\n'],
    ['with a top-level await that never resolves', 'await new Promise(() => {});\nexport default {};\n'],
  ]) {
    it(`a config ${what}: exit 2, one line naming it`, () => {
      const run = within(['a.txt'], tree({ 'a.txt': POOR, 'apologylint.config.mjs': body as string }));
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe("apology-lint: config 'apologylint.config.mjs' never finished loading (a promise or top-level await that never settles)\n");
    });
  }

  it('a plugin with a top-level await that never resolves', () => {
    const dir = tree({
      'a.txt': POOR,
      '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }),
      'acme.mjs': 'await new Promise(() => {});\nexport default { rules: {} };\n',
    });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: plugin './acme.mjs' (of config '.apologylintrc.json') never finished loading (a promise or top-level await that never settles)\n");
  });

  it('an extends target that never settles', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': JSON.stringify({ extends: './base.mjs' }), 'base.mjs': 'export default new Promise(() => {});\n' });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("apology-lint: config 'base.mjs' never finished loading (a promise or top-level await that never settles)\n");
  });

  it('a config whose exported function returns a promise that never settles', () => {
    const run = within(['a.txt'], tree({ 'a.txt': POOR, 'apologylint.config.mjs': 'export default () => new Promise(() => {});\n' }));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: config 'apologylint.config.mjs' never finished loading (a promise or top-level await that never settles)\n");
  });

  // With a timer running, Node's loop never drains: the load is given up after a
  // bound (30 s by default; 1 s here through APOLOGY_LINT_LOAD_TIMEOUT, as the README says).
  const LIVE = 'setInterval(() => {}, 200);\n';
  const bound = { env: { APOLOGY_LINT_LOAD_TIMEOUT: '1' } };
  const gaveUp = (named: string): string =>
    `apology-lint: ${named} never finished loading: still unsettled after 1 s, while something (a timer?) keeps it running (raise the limit with APOLOGY_LINT_LOAD_TIMEOUT=SECONDS)\n`;

  it('a config that never settles while a timer keeps the process alive: exit 2 once the bound is reached, not a hang', () => {
    const run = within(['a.txt'], tree({ 'a.txt': POOR, 'apologylint.config.mjs': `${LIVE}export default new Promise(() => {});\n` }), bound);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(gaveUp("config 'apologylint.config.mjs'"));
  });

  it('a config with a top-level await that never resolves while a timer runs', () => {
    const run = within(['a.txt'], tree({ 'a.txt': POOR, 'apologylint.config.mjs': `${LIVE}await new Promise(() => {});\nexport default {};\n` }), bound);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(gaveUp("config 'apologylint.config.mjs'"));
  });

  it('an extends target that never settles while a timer runs', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.yaml': 'extends: ./base.mjs\n', 'base.mjs': `${LIVE}export default new Promise(() => {});\n` });
    const run = within(['a.txt'], dir, bound);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(gaveUp("config 'base.mjs'"));
  });

  it('a plugin that never settles while a timer runs', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }), 'acme.mjs': `${LIVE}await new Promise(() => {});\nexport default { rules: {} };\n` });
    const run = within(['--format', 'json', 'a.txt'], dir, bound);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(gaveUp("plugin './acme.mjs' (of config '.apologylintrc.json')"));
  });

  it('a plugin with a timer that does settle loads and lints as usual', () => {
    const dir = tree({
      'a.txt': POOR,
      '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }),
      'acme.mjs': `${LIVE}await new Promise((resolve) => setTimeout(resolve, 50));\nexport default { rules: {} };\n`,
    });
    const run = within(['--format', 'json', 'a.txt'], dir, bound);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('a plugin that keeps the event loop alive does not hold the exit once the report is out', () => {
    const dir = tree({
      'a.txt': POOR,
      '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }),
      'acme.mjs': 'setInterval(() => {}, 1000);\nexport default { rules: {} };\n',
    });
    const run = within(['--format', 'json', 'a.txt'], dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });
});

describe('placeholder patterns that can backtrack catastrophically', () => {
  it('are refused in a config, naming the pattern (one ran over 120 s on 5 kB)', () => {
    const dir = tree({ 'a.txt': `${'a'.repeat(5000)}!`, '.apologylintrc.json': JSON.stringify({ placeholders: ['\\{\\{\\s*\\w+\\s*\\}\\}', '(a+)+$'] }) });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "apology-lint: invalid config '.apologylintrc.json': placeholders[1]: '(a+)+$' can take exponential time (a repeated group holds a repetition, as in (a+)+); write it without nesting repetitions, e.g. (a+)+ as a+\n",
    );
  });

  it('in an override too', () => {
    const dir = tree({ 'a.txt': POOR, '.apologylintrc.json': JSON.stringify({ overrides: [{ files: '*.txt', placeholders: ['(\\w+\\s?)*$'] }] }) });
    const run = within(['a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("placeholders[0]: '(\\w+\\s?)*$' can take exponential time");
  });

  it('are refused by the API, which takes them straight', async () => {
    const { lintText } = await import('../dist/src/index.js');
    expect(() => lintText(`${'a'.repeat(5000)}!`, { placeholderPatterns: ['(a+)+$'] })).toThrow(/placeholderPatterns: '\(a\+\)\+\$' can take exponential time/);
  });

  it('a plain placeholder pattern still works', () => {
    const dir = tree({ 'a.txt': 'Sorry, ((first_name)).\n', '.apologylintrc.json': JSON.stringify({ placeholders: ['\\(\\([a-z_]+\\)\\)'] }) });
    const run = within(['--format', 'json', 'a.txt'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
