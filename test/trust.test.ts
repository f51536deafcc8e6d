// What code a cloned repository can make apology-lint run (issue 13). As
// ESLint, a JavaScript config, a plugin and a JavaScript `extends` run when
// found; `--no-plugins` and `--no-config-lookup` lint an untrusted repository
// with built-in rules only, in every worker too; and config lookup stops at
// the repository's top, so a stray config in a folder above a clone does not run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tree } from './helpers.js';

const POOR = "Sorry for any inconvenience, but the courier lost it, not us.\n";
/** A module that leaves a mark when it is run. */
const marking = (exported: string): string => `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'ran');\nexport default ${exported};\n`;
const PLUGIN = marking("{ rules: { x: { meta: { description: 'x' }, check: () => [] } } }");

describe('--no-plugins', () => {
  it('loads no plugin: built-in rules only, the plugin rules\' settings unused', () => {
    const dir = tree({ 'a.txt': POOR, 'acme.mjs': PLUGIN, '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' }, rules: { 'acme/x': 'error', hedging: 'off' } }) });
    const run = cli(['--no-plugins', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(0);
    // Without the flag, the same repository runs the plugin.
    expect(cli(['--format', 'json', 'a.txt'], { cwd: dir }).status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  it('refuses a JavaScript config found by lookup, without running it', () => {
    const dir = tree({ 'a.txt': POOR, 'apologylint.config.mjs': marking('{}') });
    const run = cli(['--no-plugins', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "apology-lint: config 'apologylint.config.mjs' is JavaScript, which --no-plugins does not run (use --no-config-lookup, or a JSON or YAML config)\n",
    );
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('refuses a JavaScript extends, without running it', () => {
    const dir = tree({ 'a.txt': POOR, 'base.mjs': marking('{}'), '.apologylintrc.json': JSON.stringify({ extends: './base.mjs' }) });
    const run = cli(['--no-plugins', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("config 'base.mjs' is JavaScript, which --no-plugins does not run");
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('holds in the workers of --jobs 2 as well', () => {
    const files: Record<string, string> = { 'acme.mjs': PLUGIN, '.apologylintrc.json': JSON.stringify({ plugins: { acme: './acme.mjs' } }) };
    for (let i = 0; i < 40; i++) files[`drafts/d${i}.txt`] = `${POOR}${'We looked into your order again this morning. '.repeat(60)}\n`;
    const dir = tree(files);
    const run = cli(['--no-plugins', '--jobs', '2', '--format', 'json', 'drafts'], { cwd: dir, env: { APOLOGY_LINT_DEBUG_POOL: '1' } });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(40);
    // The batch did go to a worker (on one core there is none to go to).
    if (availableParallelism() > 1) expect(run.stderr).toMatch(/worker (?:thread|process) 1: [1-9]/);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('root: true', () => {
  it('a config with root: true is where lookup ends: the parent folder\'s config, which would throw, is not run', () => {
    const dir = tree({
      'apologylint.config.mjs': `${marking('{}')}throw new Error('the parent config ran');\n`,
      'project/.apologylintrc.json': JSON.stringify({ root: true, rules: { 'missing-empathy': 'off' } }),
      'project/drafts/a.txt': POOR,
    });
    const run = cli(['--format', 'json', 'drafts/a.txt'], { cwd: join(dir, 'project') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('missing-empathy');
  });

  it('root in package.json\'s "apologylint" key too; root must be true or false', () => {
    const dir = tree({
      'apologylint.config.mjs': `${marking('{}')}throw new Error('the parent config ran');\n`,
      'project/package.json': JSON.stringify({ name: 'p', apologylint: { root: true } }),
      'project/a.txt': POOR,
      'other/.apologylintrc.yaml': 'root: yes please\n',
      'other/a.txt': POOR,
    });
    expect(cli(['a.txt'], { cwd: join(dir, 'project') }).status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    const bad = cli(['a.txt'], { cwd: join(dir, 'other') });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('apology-lint: invalid config \'.apologylintrc.yaml\': root: expected true or false, got "yes please"\n');
  });
});

describe('--no-config-lookup', () => {
  it('runs no config found above the working directory either', () => {
    const dir = tree({ 'apologylint.config.mjs': `${marking('{}')}throw new Error('the parent config ran');\n`, 'folder/a.txt': POOR });
    const run = cli(['--no-config-lookup', '--format', 'json', 'a.txt'], { cwd: join(dir, 'folder') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('still uses the config -c names, and --no-plugins still keeps its plugins from running', () => {
    const dir = tree({ 'a.txt': POOR, 'acme.mjs': PLUGIN, 'rc.json': JSON.stringify({ plugins: { acme: './acme.mjs' }, rules: { 'missing-empathy': 'off' } }) });
    const run = cli(['--no-config-lookup', '--no-plugins', '-c', 'rc.json', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('missing-empathy');
  });

  it('runs no config, plugin or extends of the repository', () => {
    const dir = tree({ 'a.txt': POOR, 'apologylint.config.mjs': marking("{ plugins: ['./acme.mjs'] }"), 'acme.mjs': PLUGIN });
    const run = cli(['--no-config-lookup', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('config lookup stops at the repository\'s top', () => {
  for (const kind of ['a .git folder', 'a .git file (a worktree or submodule)']) {
    it(`a config above ${kind} is not used, nor run`, () => {
      const dir = tree({ 'apologylint.config.mjs': marking("{ rules: { 'missing-empathy': 'off' } }"), 'clone/a.txt': POOR });
      if (kind.startsWith('a .git folder')) mkdirSync(join(dir, 'clone', '.git'));
      else writeFileSync(join(dir, 'clone', '.git'), 'gitdir: /elsewhere/.git/worktrees/clone\n');
      const run = cli(['--format', 'json', 'a.txt'], { cwd: join(dir, 'clone') });
      expect(run.stderr).toBe('');
      expect(existsSync(join(dir, 'ran'))).toBe(false);
      expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('missing-empathy');
    });
  }

  it('a parent folder\'s config that would throw if run is never run from inside a repository', () => {
    const dir = tree({ 'apologylint.config.mjs': `${marking('{}')}throw new Error('the parent config ran');\n`, 'clone/sub/a.txt': POOR });
    mkdirSync(join(dir, 'clone', '.git'));
    const run = cli(['--format', 'json', 'sub/a.txt'], { cwd: join(dir, 'clone') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('outside a repository, lookup goes on up (so the parent config is found, and run)', () => {
    const dir = tree({ 'apologylint.config.mjs': marking("{ rules: { 'missing-empathy': 'off' } }"), 'folder/a.txt': POOR });
    const run = cli(['--format', 'json', 'a.txt'], { cwd: join(dir, 'folder') });
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('missing-empathy');
  });

  it('a config inside the repository, above the draft\'s folder, still applies', () => {
    const dir = tree({ '.apologylintrc.json': JSON.stringify({ rules: { 'missing-empathy': 'off' } }), 'sub/a.txt': POOR });
    mkdirSync(join(dir, '.git'));
    const run = cli(['--format', 'json', 'sub/a.txt'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('missing-empathy');
  });
});
