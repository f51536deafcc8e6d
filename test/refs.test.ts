// Every git ref that the README and the examples tell a user to name (a
// pre-commit `rev:`, an Action's `@ref`, a `git clone --branch`) exists in
// this repository: a ref that does not makes the user's first commit or job
// fail (`pathspec 'v0.1.0' did not match`).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const documents = ['README.md', '.pre-commit-hooks.yaml', 'action.yml', ...readdirSync(join(root, 'examples'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))];

const REF_PATTERNS = {
  'pre-commit rev': /\brev:\s*([\w./-]+)/g,
  'Action ref': /\buses:\s*[\w-]+\/apology-lint@([\w./-]+)/g,
  'git clone --branch': /git clone\b[^\n]*--branch[ =]([\w./-]+)/g,
  'git URL ref': /apology-lint(?:\.git)?#([\w./-]+)/g,
};

/** Each ref the file names for this repository: what kind, where. */
function refsIn(file: string): Array<{ ref: string; kind: string; where: string }> {
  const text = readFileSync(join(root, file), 'utf8');
  return Object.entries(REF_PATTERNS).flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map((match) => ({ ref: match[1] ?? '', kind, where: `${file}:${text.slice(0, match.index).split('\n').length}` })),
  );
}

function resolves(ref: string): boolean {
  // A fresh clone has the default branch locally and the others as origin/NAME.
  return [ref, `origin/${ref}`].some(
    (name) => spawnSync('git', ['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { cwd: root, encoding: 'utf8' }).status === 0,
  );
}

describe('refs named in the README and the examples', () => {
  const named = documents.flatMap(refsIn);

  it('finds the pre-commit rev and the Action refs the README names', () => {
    const kinds = new Set(named.filter((ref) => ref.where.startsWith('README.md')).map((ref) => ref.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['pre-commit rev', 'Action ref']));
    expect(resolves('no-such-ref-anywhere')).toBe(false);
  });

  it('each resolves to a commit of this repository', () => {
    expect(named.filter(({ ref }) => !resolves(ref))).toEqual([]);
  });
});
