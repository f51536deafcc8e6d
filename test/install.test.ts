// apology-lint as a team installs it without a registry: `npm pack` in the
// clone, then the tarball installed into a fresh project (README, "Install").
// The installed command must lint, and start from the startup snapshot
// whenever its stamp fits, whatever order npm unpacked the files in; when the
// snapshot is missing or made by another node, it runs anyway and builds one
// for the next start.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, tree } from './helpers.js';

const project = tree({ 'package.json': '{ "name": "support-macros", "private": true }\n' }, 'apology-lint-install-');
const installed = join(project, 'node_modules', 'apology-lint');
const bundle = join(installed, 'dist', 'bundle');
const command = join(project, 'node_modules', '.bin', 'apology-lint');

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // A first-use build is not started under CI; these tests are about it.
  delete childEnv.CI;
  delete childEnv.FORCE_COLOR;
  const result = spawnSync(file, args, { cwd: project, env: childEnv, encoding: 'utf8', input: '', timeout: 120_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whether the run started from the snapshot: a formatter reports node's options. */
function startedFromSnapshot(env: NodeJS.ProcessEnv = {}): boolean {
  const out = run(command, ['--format', './argv.mjs', 'poor-florist.txt'], env);
  expect(out.stderr).toBe('');
  expect(out.status).toBe(1);
  return (JSON.parse(out.stdout) as string[]).includes('--snapshot-blob');
}

async function waitFor(path: string, ms: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < ms; ) {
    if (existsSync(path) && !existsSync(join(bundle, 'snapshot.lock'))) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe.skipIf(process.platform === 'win32')('installed from a packed tarball', () => {
  beforeAll(() => {
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = pack.stdout.trim().split('\n').pop() ?? '';
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: project, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    copyFileSync(join(root, 'fixtures', 'poor-florist.txt'), join(project, 'poor-florist.txt'));
    writeFileSync(join(project, 'argv.mjs'), 'export default () => `${JSON.stringify(process.execArgv)}\\n`;\n');
  }, 300_000);

  it('lints with the installed command, as npx runs it', () => {
    const out = run('npx', ['apology-lint', '--format', 'compact', 'poor-florist.txt']);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^poor-florist\.txt: line \d+, col \d+, Error - .*\(missing-apology\)$/m);
  });

  it('starts from the snapshot it was packed with, on the machine that packed it', () => {
    expect(startedFromSnapshot()).toBe(true);
  });

  it('starts from the snapshot when node on the PATH is a wrapper script, as under pre-commit', () => {
    const wrapper = join(project, 'wrapper');
    mkdirSync(wrapper, { recursive: true });
    writeFileSync(join(wrapper, 'node'), `#!/bin/sh\nexec '${process.execPath}' "$@"\n`);
    chmodSync(join(wrapper, 'node'), 0o755);
    expect(startedFromSnapshot({ PATH: `${wrapper}:${process.env.PATH ?? ''}` })).toBe(true);
  });

  it('without a snapshot, lints the ordinary way and builds one for the next start', async () => {
    rmSync(join(bundle, 'snapshot.blob'));
    rmSync(join(bundle, 'snapshot.stamp'));
    expect(startedFromSnapshot()).toBe(false);
    expect(await waitFor(join(bundle, 'snapshot.stamp'), 90_000)).toBe(true);
    expect(startedFromSnapshot()).toBe(true);
  }, 120_000);

  it('does not start from a snapshot stamped for another node binary, and replaces it', async () => {
    const stamp = join(bundle, 'snapshot.stamp');
    writeFileSync(stamp, readFileSync(stamp, 'utf8').replace(/^snapshot_node='[^']*'$/m, "snapshot_node='1 2 /nowhere/node'"));
    expect(startedFromSnapshot()).toBe(false);
    expect(await waitFor(stamp, 90_000)).toBe(true);
    expect(readFileSync(stamp, 'utf8')).not.toContain("snapshot_node='1 2 /nowhere/node'");
    expect(startedFromSnapshot()).toBe(true);
  }, 120_000);

  it('runs the compiled files, not the snapshot, once they changed since it was made', () => {
    // As a bare `tsc` leaves a clone: here the report must come from the files on disk.
    const formatter = join(installed, 'dist', 'src', 'formatters', 'compact.js');
    appendFileSync(formatter, '\n// changed after the snapshot was made\n');
    expect(startedFromSnapshot()).toBe(false);
    const out = run(command, ['--format', 'compact', 'poor-florist.txt']);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('(missing-apology)');
  });
});
