// What is skipped: .apologylintignore (gitignore syntax), --ignore-path,
// --ignore-pattern, the config's ignorePatterns, --no-ignore; and patterns
// that match nothing (exit 2 unless --no-error-on-unmatched-pattern).
import { describe, expect, it } from 'vitest';
import { HEDGED, cli, expectUsageError, parseReport, tree } from './helpers.js';

const dir = tree({
  '.apologylintignore': '# drafts that are not ours\nvendor/\n*.draft.md\n!keep.draft.md\n',
  'other-ignore': 'macros/b.txt\n',
  '.apologylintrc.json': JSON.stringify({ ignorePatterns: ['archive/**'] }),
  'macros/a.txt': HEDGED,
  'macros/b.txt': HEDGED,
  'macros/wip.draft.md': HEDGED,
  'macros/keep.draft.md': HEDGED,
  'vendor/theirs.txt': HEDGED,
  'archive/old.txt': HEDGED,
});
const linted = (args: string[]): string[] =>
  parseReport(cli(['--format', 'json', ...args], { cwd: dir })).map((r) => r.filePath.slice(dir.length + 1));

describe('ignoring files', () => {
  it('.apologylintignore and the config\'s ignorePatterns skip files found through folders and globs', () => {
    expect(linted(['.'])).toEqual(['macros/a.txt', 'macros/b.txt', 'macros/keep.draft.md']);
  });

  it('--ignore-path replaces .apologylintignore; --ignore-pattern adds to it', () => {
    expect(linted(['--ignore-path', 'other-ignore', 'macros', 'vendor'])).toEqual(['macros/a.txt', 'macros/keep.draft.md', 'macros/wip.draft.md', 'vendor/theirs.txt']);
    expect(linted(['--ignore-pattern', 'macros/a.txt', '--ignore-pattern', 'keep*', 'macros'])).toEqual(['macros/b.txt']);
  });

  it('--no-ignore lints everything named', () => {
    expect(linted(['--no-ignore', '.'])).toHaveLength(6);
  });

  it('a file named outright but ignored is skipped with a warning on stderr', () => {
    const run = cli(['--format', 'json', 'vendor/theirs.txt', 'macros/a.txt'], { cwd: dir });
    expect(run.stderr).toBe("apology-lint: warning: 'vendor/theirs.txt' is ignored (use --no-ignore to lint it)\n");
    expect(parseReport(run)).toHaveLength(1);
  });
});

describe('patterns that match nothing', () => {
  it('are exit 2, also when everything they match is ignored', () => {
    expectUsageError(cli(['macros/*.none'], { cwd: dir }), /no files match 'macros\/\*\.none'/);
    expectUsageError(cli(['vendor/*.txt'], { cwd: dir }), /all files matched by 'vendor\/\*\.txt' are ignored/);
  });

  it('are skipped with --no-error-on-unmatched-pattern', () => {
    const run = cli(['--format', 'json', '--no-error-on-unmatched-pattern', 'macros/*.none', 'missing.txt', 'macros/a.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(parseReport(run).map((r) => r.filePath.slice(dir.length + 1))).toEqual(['macros/a.txt']);
  });
});
