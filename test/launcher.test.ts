// The command as npm installs it: bin/apology-lint, a shell script that starts
// node from the build's V8 startup snapshot (the whole CLI already loaded and
// warmed up) and hands over to bin/apology-lint.js when the snapshot does not
// fit. Whatever way it starts, the report must be the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { nodeKey, parseStamp } from '../dist/src/snapshot/stamp.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, tree } from './helpers.js';

const launcher = join(root, 'bin', 'apology-lint');
const fixtures = ['fixtures/fair-billing.txt', 'fixtures/poor-parcel.txt', 'fixtures/good-clinic.txt'];

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = root) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.FORCE_COLOR;
  const result = spawnSync(command, args, { cwd, env: childEnv, encoding: 'utf8', input: '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI loaded the ordinary way, in one process, without the snapshot. */
const plain = (args: string[]) => cli(args, { env: { APOLOGY_LINT_SNAPSHOT: '0' } });

describe.skipIf(process.platform === 'win32')('bin/apology-lint', () => {
  it('was built with a startup snapshot for this node', () => {
    // npm install (prepare → build) makes it; without it every run loads the linter anew.
    expect(existsSync(join(root, 'dist', 'bundle', 'snapshot.blob'))).toBe(true);
    const stamp = parseStamp(readFileSync(join(root, 'dist', 'bundle', 'snapshot.stamp'), 'utf8'));
    expect(stamp?.node).toBe(nodeKey());
  });

  it('names node in the shell as the stamp does: one key, <inode> <size> <real path>, also through links', () => {
    // The launcher's node_key function, run on its own; nodeKey() is bin/apology-lint.js's side of the same check.
    const nodeKeyFunction = readFileSync(launcher, 'utf8').match(/^node_key\(\) \{\n[\s\S]*?\n\}\n/m)?.[0];
    expect(nodeKeyFunction).toBeDefined();
    const dir = tree({});
    mkdirSync(join(dir, 'bin'));
    symlinkSync(process.execPath, join(dir, 'bin', 'node'));
    symlinkSync(join(dir, 'bin'), join(dir, 'linked-bin'));
    for (const node of [process.execPath, join(dir, 'bin', 'node'), join(dir, 'linked-bin', 'node')]) {
      const shell = spawnSync('sh', ['-c', `${nodeKeyFunction}node_key "$1"; printf '%s' "$key"`, 'sh', node], { encoding: 'utf8' });
      expect(shell.stdout).toBe(nodeKey());
    }
  });

  it('prints the same report, exit code and all, as the CLI loaded without the snapshot', () => {
    const args = ['--format', 'json', ...fixtures];
    const fast = run(launcher, args);
    const slow = plain(args);
    expect(fast.stderr).toBe('');
    expect(fast.status).toBe(slow.status);
    expect(fast.status).toBe(1);
    expect(JSON.parse(fast.stdout)).toEqual(JSON.parse(slow.stdout));
  });

  it('lints standard input and reports bad arguments with one line and exit 2', () => {
    const piped = spawnSync(launcher, ['--format', 'compact'], { cwd: root, input: 'We apologise for any inconvenience.', encoding: 'utf8' });
    expect(piped.stdout).toMatch(/non-apology/);
    expect(piped.status).toBe(1);
    const bad = run(launcher, ['--format', 'nope', 'fixtures/fair-billing.txt']);
    expect(bad.stderr).toMatch(/^apology-lint: unknown format 'nope'[^\n]*\n$/);
    expect(bad.status).toBe(2);
  });

  it('also starts from the snapshot when node is given the script by a relative path', () => {
    // As someone debugging it would type it; the launcher itself passes an absolute path.
    const args = ['--format', 'json', 'fixtures/fair-billing.txt'];
    const typed = run(process.execPath, ['--snapshot-blob', 'dist/bundle/snapshot.blob', 'bin/apology-lint.js', ...args]);
    expect(typed.stderr).toBe('');
    expect(typed.status).toBe(1);
    expect(JSON.parse(typed.stdout)).toEqual(JSON.parse(plain(args).stdout));
  });

  it('runs through a symbolic link, as npm links it into node_modules/.bin', () => {
    const dir = tree({ 'draft.txt': 'Sorry if you were upset.\n' });
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(launcher, join(dir, 'node_modules', '.bin', 'apology-lint'));
    const linked = run(join(dir, 'node_modules', '.bin', 'apology-lint'), ['--format', 'json', 'draft.txt'], {}, dir);
    expect(linked.stderr).toBe('');
    expect(JSON.parse(linked.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('non-apology');
  });

  it('loads a user\'s ES module config and formatter from inside the snapshot', () => {
    const dir = tree({
      'apologylint.config.mjs': 'export default { rules: { "missing-empathy": "off" } };\n',
      'count.mjs': 'export default (results) => `${results[0].messages.map((m) => m.ruleId).join(",")}\\n`;\n',
      'draft.txt': 'Sorry if you were upset.\n',
    });
    const out = run(launcher, ['--format', './count.mjs', 'draft.txt'], {}, dir);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/non-apology/);
    expect(out.stdout).not.toMatch(/missing-empathy/);
  });

  it('falls back to loading normally when NODE_OPTIONS would make V8 refuse the snapshot', () => {
    const args = ['--format', 'json', 'fixtures/fair-billing.txt'];
    const withOptions = run(launcher, args, { NODE_OPTIONS: '--max-old-space-size=512' });
    expect(withOptions.stderr).toBe('');
    expect(JSON.parse(withOptions.stdout)).toEqual(JSON.parse(plain(args).stdout));
  });

  const batch = (): string => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 36; i++) files[`d${i}.txt`] = `Sorry, the courier lost parcel ${i}. ${'We looked into it again today. '.repeat(90)}\n`;
    return tree(files);
  };

  it('gives the same report with --jobs 2, from a worker process started from the snapshot', () => {
    const dir = batch();
    const one = run(launcher, ['--format', 'json', '--jobs', '1', '.'], {}, dir);
    const two = run(launcher, ['--format', 'json', '--jobs', '2', '.'], { APOLOGY_LINT_DEBUG_POOL: '1' }, dir);
    expect(two.stderr).toMatch(/^pool: \d+ of 36 files on the main thread in \d+ ms; worker process 1: \d+ files/);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout)).toHaveLength(36);
  });

  it('gives the same report with --jobs 2 from a worker thread when the snapshot is not used', () => {
    const dir = batch();
    const one = run(launcher, ['--format', 'json', '--jobs', '1', '.'], {}, dir);
    const two = run(launcher, ['--format', 'json', '--jobs', '2', '.'], { APOLOGY_LINT_DEBUG_POOL: '1', APOLOGY_LINT_SNAPSHOT: '0' }, dir);
    expect(two.stderr).toMatch(/worker thread 1: \d+ files/);
    expect(two.stdout).toBe(one.stdout);
  });
});
