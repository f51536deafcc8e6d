// The README's examples run as written: the API example (in the clone, where
// its fixture paths are) and the Install block's files exist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tree } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first fenced block of this language after a heading. */
function block(heading: string, language: string): string {
  const section = readme.slice(readme.indexOf(`${heading}\n`));
  return new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1] ?? '';
}

describe('README examples', () => {
  it('the Programmatic use example runs as written, its import resolved as in a project', () => {
    const code = block('## Programmatic use', 'js');
    expect(code).toContain("from 'apology-lint'");
    // A project with apology-lint installed (a link to this clone), run where the fixtures are.
    const project = tree({ 'example.mjs': code });
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(root, join(project, 'node_modules', 'apology-lint'));
    const run = spawnSync(process.execPath, [join(project, 'example.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Shipping::Lost parcel: ');
    expect(run.stdout).toContain('Billing::Double charge: ');
    // The SARIF report comes last, after what console.log printed.
    const sarif = JSON.parse(run.stdout.slice(run.stdout.search(/^\{\s*"/m))) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it('the Install block names only files the clone has', () => {
    const install = block('## Install', 'sh');
    const paths = [...install.matchAll(/\bfixtures\/[\w./-]+/g)].map((match) => match[0]);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
    // Standard input comes from one of them, not from a draft.txt the clone lacks.
    expect(install).toMatch(/^cat fixtures\/\S+ \| npx apology-lint/m);
  });

  it('installs nothing from the npm registry that is not there: every apology-lint install names a file or URL', () => {
    for (const line of readme.split('\n').filter((l) => /npm install\b.*apology-lint/.test(l))) {
      expect(line, line).toMatch(/apology-lint-[\d.]+\.tgz|git\+https?:\/\/\S+apology-lint/);
    }
  });
});
