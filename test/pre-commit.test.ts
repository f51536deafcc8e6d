// The hooks as a team uses them: the real `pre-commit` (Debian's package;
// .ci/run installs it) installs this repository's .pre-commit-hooks.yaml at
// HEAD into a scratch git repository, configured with the README's own block;
// committing a bad macro fails, the fixed one passes, and every template kind
// and export under macros/ is linted, nothing outside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';
import { hasProgram, outside } from './outside.js';

const preCommit = outside('the pre-commit program', hasProgram('pre-commit'), 'apt-get install -y pre-commit; .ci/run installs it');

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

/** The README's .pre-commit-config.yaml, pointed at this clone at HEAD. */
function readmeConfig(rev: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## pre-commit\n'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  expect(block).toMatch(/^\s+rev: /m);
  return block.replace(/repo: \S+/, `repo: ${root}`).replace(/rev: \S+/, `rev: ${rev}`);
}

const TEMPLATES = ['macros/late.handlebars', 'macros/late.liquid', 'macros/late.j2', 'macros/late.hbs', 'macros/late.txt'];
const EXPORT = (text: string): string => JSON.stringify([{ title: 'Lost parcel', actions: [{ field: 'comment_value', value: text }] }], null, 2);

describe.skipIf(preCommit.skip)(`pre-commit hooks ${preCommit.label}`, () => {
  it('fail a commit with a bad macro staged, pass the fixed one; every template kind and export is linted', () => {
    expect(hasProgram('pre-commit'), 'the real pre-commit: apt-get install -y pre-commit (.ci/run installs it)').toBe(true);
    const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    expect(rev).toMatch(/^[0-9a-f]{40}$/);
    const work = mkdtempSync(join(tmpdir(), 'apology-lint-pre-commit-'));
    const repo = join(work, 'macros-repo');
    mkdirSync(join(repo, 'macros'), { recursive: true });
    mkdirSync(join(repo, 'notes'), { recursive: true });
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
    writeFileSync(join(repo, '.pre-commit-config.yaml'), readmeConfig(rev));
    expect(run('pre-commit', ['install'], repo, env).status).toBe(0);

    writeFileSync(join(repo, 'macros', 'lost-parcel.mustache'), BAD);
    writeFileSync(join(repo, 'macros', 'export.json'), EXPORT(BAD));
    for (const file of TEMPLATES) writeFileSync(join(repo, file), GOOD);
    // Outside macros/: left alone, bad as it is.
    writeFileSync(join(repo, 'notes', 'draft.md'), BAD);
    git('add', '.');
    const bad = git('commit', '-q', '-m', 'Add the lost parcel macros');
    expect(bad.output).toMatch(/apology-lint\.+Failed/);
    expect(bad.output).toMatch(/apology-lint \(macro exports\)\.+Failed/);
    for (const file of ['macros/lost-parcel.mustache', 'macros/export.json', ...TEMPLATES]) expect(bad.output).toContain(file);
    expect(bad.output).not.toContain('notes/draft.md');
    expect(bad.output).toContain('blame-shifting');
    expect(bad.status).not.toBe(0);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);

    writeFileSync(join(repo, 'macros', 'lost-parcel.mustache'), GOOD);
    writeFileSync(join(repo, 'macros', 'export.json'), EXPORT(GOOD));
    git('add', '.');
    const good = git('commit', '-q', '-m', 'Add the lost parcel macros');
    expect(good.output).toMatch(/apology-lint\.+Passed/);
    expect(good.output).toMatch(/apology-lint \(macro exports\)\.+Passed/);
    expect(good.status).toBe(0);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).toBe(0);
  }, 600_000);
});
