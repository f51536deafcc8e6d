// The GitHub Action (action.yml) run as GitHub runs a composite action: each
// step's script in bash, with inputs passed through the environment; and the
// example workflows parse and use the action's real inputs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HEDGED, POOR, root, tree } from './helpers.js';

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

/** Runs the action's steps as the runner would, with these inputs, in `workspace`, the action checked out at `actionPath`. */
function runAction(inputs: Record<string, string>, workspace: string, env: Record<string, string> = {}, actionPath = root) {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/g, actionPath);
  let last = { status: 0 as number | null, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const cwd = step['working-directory'] ? expand(step['working-directory']) : workspace;
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd, env: { ...process.env, ...env, ...stepEnv }, encoding: 'utf8' });
    last = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (result.status !== 0) break;
  }
  return last;
}

describe('action.yml', () => {
  it('is a composite action with inputs for patterns, min score and format', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['patterns', 'min-score', 'format', 'output-file']));
  });

  it('lints the patterns and writes SARIF to the output file; fails on errors', () => {
    const workspace = tree({ 'macros/poor.txt': POOR, 'macros/hedged.txt': HEDGED, 'other/skip.txt': POOR });
    const run = runAction({ patterns: 'macros/poor.txt\nmacros/hedged.txt', format: 'sarif', 'output-file': 'out/apology-lint.sarif', 'min-score': '50' }, workspace);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(workspace, 'out', 'apology-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['macros/hedged.txt', 'macros/poor.txt']);
  });

  it('by default prints annotations and a step summary; extra args pass through', () => {
    const workspace = tree({ 'macros/hedged.txt': HEDGED });
    const summary = join(workspace, 'summary.md');
    const run = runAction({ patterns: 'macros', args: '--max-warnings 5' }, workspace, { GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=macros\/hedged\.txt,line=3,/m);
    expect(readFileSync(summary, 'utf8')).toContain('| ⚠️ | macros/hedged.txt |');
    const strict = runAction({ patterns: 'macros', args: '--max-warnings 0' }, workspace);
    expect(strict.status).toBe(1);
  });

  it('splits args as a shell would: quoted words stay whole', () => {
    const workspace = tree({ 'macros/hedged.txt': HEDGED, 'old drafts/poor.txt': POOR });
    const run = runAction({ patterns: '.', format: 'compact', args: `--ignore-pattern 'old drafts/' --rule "hedging:off"` }, workspace);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('old drafts/poor.txt');
    expect(run.stdout).not.toContain('(hedging)');
    expect(run.status).toBe(0);
  });

  it('refuses args with an unmatched quote in one line, exit 2', () => {
    const workspace = tree({ 'macros/hedged.txt': HEDGED });
    const run = runAction({ patterns: 'macros', args: `--ignore-pattern 'old drafts/` }, workspace);
    expect(run.stderr).toMatch(/^apology-lint: cannot split the args input/m);
    expect(run.status).toBe(2);
  });

  it('installs from a checkout without dev dependencies, builds and lints', () => {
    // A fresh checkout of the action, as the runner makes it: the tracked files, no node_modules, no dist/.
    const checkout = tree({}, 'apology-lint-action-');
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of tracked) if (existsSync(join(root, file))) cpSync(join(root, file), join(checkout, file), { recursive: true });
    const workspace = tree({ 'macros/hedged.txt': HEDGED });
    const run = runAction({ patterns: 'macros', format: 'compact' }, workspace, {}, checkout);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^macros\/hedged\.txt: line 3, col \d+, Warning - .*\(hedging\)$/m);
    expect(run.status).toBe(0);
    const installed = readdirSync(join(checkout, 'node_modules'));
    expect(installed).toEqual(expect.arrayContaining(['chalk', 'compromise', 'typescript']));
    for (const devOnly of ['vitest', 'alex', 'ajv', 'fast-check', 'vite']) expect(installed).not.toContain(devOnly);
  }, 300_000);
});

describe('example CI configs', () => {
  it('the GitHub workflow runs in a repository that lacks one of its folders', () => {
    const workflow = parse(readFileSync(join(root, 'examples', 'github-actions', 'apology-lint.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string | number> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps).filter((s) => s.uses?.includes('apology-lint'));
    expect(steps.length).toBe(2);
    const workspace = tree({ 'macros/hedged.txt': HEDGED });
    for (const step of steps) {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
      const run = runAction(inputs, workspace);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(workspace, 'apology-lint.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });

  it('the GitHub workflow uses the action\'s inputs and uploads SARIF', () => {
    const workflow = parse(readFileSync(join(root, 'examples', 'github-actions', 'apology-lint.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    for (const step of steps.filter((s) => s.uses?.includes('apology-lint'))) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    }
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('apology-lint.sarif');
    expect(steps.some((s) => s.with?.['output-file'] === 'apology-lint.sarif' && s.with?.format === 'sarif')).toBe(true);
  });

  it('the GitLab CI example parses and writes a JUnit report', () => {
    const config = parse(readFileSync(join(root, 'examples', 'gitlab-ci', '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>;
    const job = config['apology-lint'];
    expect(job?.script.join('\n')).toContain('--format junit --output-file apology-lint.xml');
    expect(job?.artifacts.reports.junit).toBe('apology-lint.xml');
    expect(existsSync(join(root, '.pre-commit-hooks.yaml'))).toBe(true);
  });
});
