// Starts of an installed copy, as users get them (issue 12): the tarball
// `npm pack` makes, installed into a scratch project, run by its
// node_modules/.bin link and through npx, with the snapshot it was packed
// with, then without one (a tarball from another machine: the first run
// builds it in the background); and the hook pre-commit installs, run through
// pre-commit's wrapper node and through `pre-commit run`. Medians of `runs`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (seconds) => Math.round(seconds * 1000);

function seconds(command, args, options) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  if (run.error) throw run.error;
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Median ms of `runs` starts linting `draft` (a lint exit code 0 or 1 is a start that worked). */
function starts(command, args, options, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const run = seconds(command, args, options);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.output.slice(0, 500)}`);
    times.push(run.seconds);
  }
  return ms(median(times));
}

async function waitForSnapshot(bundle) {
  for (let i = 0; i < 240 && !(existsSync(join(bundle, 'snapshot.stamp')) && !existsSync(join(bundle, 'snapshot.lock'))); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function tarballStarts({ root, dir, draft, runs, env }) {
  rmSync(dir, { recursive: true, force: true });
  const project = join(dir, 'project');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "bench-project", "private": true }\n');
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const tarball = join(dir, pack.stdout.trim().split('\n').pop());
  const install = seconds('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, env });
  const options = { cwd: project, env };
  const link = join(project, 'node_modules', '.bin', 'apology-lint');
  const bundle = join(project, 'node_modules', 'apology-lint', 'dist', 'bundle');
  const packedSnapshot = { link: starts(link, [draft], options, runs), npx: starts('npx', ['apology-lint', draft], options, runs) };
  // As on a machine the tarball was not packed on: no snapshot for this node.
  rmSync(join(bundle, 'snapshot.blob'));
  rmSync(join(bundle, 'snapshot.stamp'));
  // The build starts with the first run, in the background; timed from there.
  const built = Date.now();
  const firstRun = starts(link, [draft], options, 1);
  await waitForSnapshot(bundle);
  const buildSeconds = (Date.now() - built) / 1000;
  const afterBuild = { link: starts(link, [draft], options, runs), npx: starts('npx', ['apology-lint', draft], options, runs) };
  return { installSeconds: Math.round(install.seconds * 10) / 10, packedSnapshot, withoutSnapshot: { firstRunMs: firstRun, backgroundBuildSeconds: Math.round(buildSeconds * 10) / 10 }, afterBuild };
}

function preCommitStarts({ root, dir, draft, runs, env }) {
  if (spawnSync('pre-commit', ['--version']).status !== 0) return { skipped: 'pre-commit is not installed' };
  rmSync(dir, { recursive: true, force: true });
  const repo = join(dir, 'repo');
  mkdirSync(repo, { recursive: true });
  const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const hookEnv = { ...env, PRE_COMMIT_HOME: join(dir, 'cache') };
  spawnSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: apology-lint\n`);
  copyFileSync(draft, join(repo, 'draft.txt'));
  const install = seconds('pre-commit', ['install-hooks'], { cwd: repo, env: hookEnv });
  const repoDir = readdirSync(join(dir, 'cache')).find((name) => name.startsWith('repo'));
  const bin = join(dir, 'cache', repoDir, 'node_env-system', 'bin');
  // The hook as pre-commit starts it: its environment's bin first, whose node is a wrapper script.
  const wrapped = { cwd: repo, env: { ...hookEnv, PATH: `${bin}:${env.PATH}` } };
  return {
    installSeconds: Math.round(install.seconds * 10) / 10,
    hookMs: starts(join(bin, 'apology-lint'), ['draft.txt'], wrapped, runs),
    preCommitRunMs: starts('pre-commit', ['run', 'apology-lint', '--files', 'draft.txt'], { cwd: repo, env: hookEnv }, runs),
  };
}

/** The installed-copy starts, under `out`. Not run under CI: a first-use build is skipped there. */
export async function installedStarts({ root, out, draft, runs }) {
  const env = { ...process.env, NO_COLOR: '1', NO_UPDATE_NOTIFIER: '1' };
  delete env.CI;
  return {
    runs,
    tarball: await tarballStarts({ root, dir: join(out, 'installed'), draft, runs, env }),
    preCommit: preCommitStarts({ root, dir: join(out, 'pre-commit'), draft, runs, env }),
  };
}
