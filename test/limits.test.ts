// Resource limits a hostile or careless run cannot get past (issue 13).
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
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

  /** N macros with empty text: each a draft, each a missing apology. */
  const emptyMacros = (count: number): string => {
    const macros: string[] = [];
    for (let i = 0; i < count; i++) macros.push(`{"title":"m${i}","actions":[{"field":"comment_value","value":""}]}`);
    return `{"macros":[\n${macros.join(',\n')}\n]}\n`;
  };

  // Before: every macro's nodes were built at once and kept to the end (~2 kB a macro), stylish
  // split the whole export into lines once per macro, and the report was one string; 20,000 macros
  // ran out of a 128 MB heap with -f json, and stylish took minutes.
  it.each([
    ['json', (report: string) => expect((JSON.parse(report) as unknown[]).length).toBe(20_000)],
    ['stylish', (report: string) => expect(report.trimEnd().split('\n').at(-1)).toBe('20000 files, 100000 problems (60000 errors, 40000 warnings), average score 0')],
  ])('of 20,000 macros gets its whole %s report from the CLI within a 128 MB heap', (format, check) => {
    const dir = tree({ 'macros.json': emptyMacros(20_000) });
    const run = cli(['--no-config-lookup', '-f', format, '--max-file-size', '2MB', 'macros.json', '-o', 'report.txt'], {
      cwd: dir,
      env: { NODE_OPTIONS: '--max-old-space-size=128' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    check(readFileSync(join(dir, 'report.txt'), 'utf8'));
  });
});

describe('--max-file-size on a JSON/YAML export', () => {
  const macro = (title: string, text: string): string => JSON.stringify({ title, actions: [{ field: 'comment_value', value: text }] });
  const sorry = "I'm sorry we lost your parcel; a new one left today.";

  it('bounds each macro, not the file: an export larger than the limit whose macros are each under it is linted', () => {
    const dir = tree({ 'macros.json': `[${Array.from({ length: 40 }, (_, i) => macro(`m${i}`, sorry)).join(',\n')}]` });
    const run = cli(['--no-config-lookup', '-f', 'json', '--max-file-size', '1kB', 'macros.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(40);
  });

  it('refuses a macro over it with one line naming the file and the macro, exit 2, no report', () => {
    const dir = tree({ 'macros.json': `[${macro('Short', sorry)},\n${macro('Long one', `${sorry} `.repeat(40))}]` });
    const run = cli(['--no-config-lookup', '-f', 'json', '--max-file-size', '1kB', 'macros.json'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("apology-lint: 'macros.json' › 'Long one' is 2.1 kB of text, over the 1 kB limit for one draft (raise it with --max-file-size)\n");
    expect(run.status).toBe(2);
  });

  it('refuses an export over 64 times it, as a file', () => {
    const dir = tree({ 'macros.yaml': `- title: t\n  actions:\n    - field: comment_value\n      value: "${'x'.repeat(70 * 1024)}"\n` });
    const run = cli(['--no-config-lookup', '--max-file-size', '1kB', 'macros.yaml'], { cwd: dir });
    expect(run.stderr).toBe("apology-lint: 'macros.yaml' is 70.1 kB, over the 64 kB limit (raise it with --max-file-size)\n");
    expect(run.status).toBe(2);
  });
});
