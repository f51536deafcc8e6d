// The hook as a team uses it: the real `pre-commit` (Debian's package; .ci/run
// installs it) installs this repository's .pre-commit-hooks.yaml at HEAD into
// a scratch git repository; committing a bad macro fails, the fixed one passes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const BAD = 'Hi {{ ticket.requester.first_name }},\n\nUnfortunately the courier lost your parcel. Sorry for any inconvenience.\n';
const GOOD =
  "Hi {{ ticket.requester.first_name }},\n\nI'm sorry we lost your parcel; we chose the courier, so that is on us. " +
  "I know you were counting on it for the weekend. I've sent a replacement by express today and refunded the delivery fee. " +
  'We now track every parcel until it is delivered.\n';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('pre-commit hook', () => {
  it('fails a commit with a bad macro staged and passes the fixed one', () => {
    const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (found.error) {
      throw new Error('this test needs the real pre-commit: apt-get install -y pre-commit (.ci/run installs it)');
    }
    const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    expect(rev).toMatch(/^[0-9a-f]{40}$/);
    const work = mkdtempSync(join(tmpdir(), 'apology-lint-pre-commit-'));
    const repo = join(work, 'macros-repo');
    mkdirSync(join(repo, 'macros'), { recursive: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PRE_COMMIT_HOME: join(work, 'cache'),
      GIT_AUTHOR_NAME: 'Support Lead',
      GIT_AUTHOR_EMAIL: 'lead@example.com',
      GIT_COMMITTER_NAME: 'Support Lead',
      GIT_COMMITTER_EMAIL: 'lead@example.com',
      NO_COLOR: '1',
    };
    delete env.GIT_DIR;
    delete env.GIT_INDEX_FILE;
    const git = (...args: string[]) => run('git', args, repo, env);
    expect(git('init', '-q').status).toBe(0);
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: apology-lint\n`);
    expect(run('pre-commit', ['install'], repo, env).status).toBe(0);

    writeFileSync(join(repo, 'macros', 'lost-parcel.md'), BAD);
    git('add', '.');
    const bad = git('commit', '-q', '-m', 'Add the lost parcel macro');
    expect(bad.output).toMatch(/apology-lint\.+Failed/);
    expect(bad.output).toContain('macros/lost-parcel.md');
    expect(bad.output).toContain('blame-shifting');
    expect(bad.status).not.toBe(0);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);

    writeFileSync(join(repo, 'macros', 'lost-parcel.md'), GOOD);
    git('add', '.');
    const good = git('commit', '-q', '-m', 'Add the lost parcel macro');
    expect(good.output).toMatch(/apology-lint\.+Passed/);
    expect(good.status).toBe(0);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).toBe(0);
  }, 600_000);
});
