// Resource limits a hostile or careless run cannot get past (issue 13).
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, root, tree } from './helpers.js';

const DRAFT = `I'm sorry we lost your parcel. ${'We looked into your order again this morning. '.repeat(60)}\n`;

describe('--jobs', () => {
  it('is capped at the available cores, and says so (1000 started 39 workers on 2 cores)', () => {
    const files: Record<string, string> = {};
    // Enough bytes and files for workers to pay (src/parallel/pool.ts).
    for (let i = 0; i < 60; i++) files[`d${i}.txt`] = DRAFT;
    const dir = tree(files);
    const run = cli(['--no-config-lookup', '--jobs', '1000', '--format', 'json', '.'], { cwd: dir, env: { APOLOGY_LINT_DEBUG_POOL: '1' } });
    const cores = availableParallelism();
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(60);
    expect(run.stderr).toContain(`apology-lint: warning: --jobs 1000 is more than the ${cores} cores here: linting on ${cores}\n`);
    const workers = run.stderr.match(/worker (?:thread|process) \d+:/g) ?? [];
    // The main thread is one of the jobs.
    expect(workers.length).toBe(cores - 1);
  });
});

describe('a large JSON export', () => {
  it('of 50,000 macros is linted within a 300 MB heap (its parse alone took more: ~110 bytes per byte of JSON)', () => {
    // In a child with a capped heap: running out is a crash there, not a slow test here.
    const script = `
      const { lintSource } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href)});
      const macros = [];
      for (let i = 0; i < 50000; i++) macros.push({ title: 'm' + i, actions: [{ field: 'comment_value', value: '' }] });
      const results = lintSource(JSON.stringify(macros), { filePath: 'macros.json' });
      process.stdout.write(String(results.length));`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=300', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr.split('\n').find((line) => /heap|memory/i.test(line)) ?? '').toBe('');
    expect(run.stdout).toBe('50000');
  });
});
