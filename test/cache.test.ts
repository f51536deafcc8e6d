// --cache, as ESLint's: a second run re-lints only the drafts whose bytes,
// config or apology-lint version changed, and prints the same report with the
// same exit code. A plugin rule that writes down every draft it is run on
// shows which drafts were linted.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, tree } from './helpers.js';

const SPY = `import { appendFileSync } from 'node:fs';
export default { rules: { seen: {
  meta: { id: 'seen', description: 'Notes each draft linted.', kind: 'pattern', defaultSeverity: 'warn', docs: { description: 'x', bad: 'x', good: 'x' } },
  check(doc) { appendFileSync(process.env.SPY_LOG, doc.text.split('\\n')[0] + '\\n'); return []; },
} } };
`;

let dir: string;
let log: string;
const config = (rules: Record<string, string>): string => JSON.stringify({ plugins: { spy: join(dir, 'spy', 'index.mjs') }, rules });

beforeEach(() => {
  dir = tree({
    'spy/index.mjs': SPY,
    'spy/package.json': '{"type":"module"}',
    'drafts/a.txt': `Draft A\n${POOR}`,
    'drafts/b.md': `Draft B\n\n${HEDGED}`,
    'drafts/c.txt': `Draft C\n${HEDGED}`,
  });
  writeFileSync(join(dir, '.apologylintrc.json'), config({}));
  log = join(dir, 'spy.log');
});

/** A run, and the drafts it linted (their first lines), in order. */
function lint(...args: string[]): { status: number | null; stdout: string; stderr: string; linted: string[] } {
  rmSync(log, { force: true });
  const run = cli(args, { cwd: dir, env: { SPY_LOG: log } });
  const linted = existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n') : [];
  return { ...run, linted };
}

describe('--cache', () => {
  it('a second run lints nothing, and prints the same report (quoted words and all) with the same exit code', () => {
    const first = lint('--cache', 'drafts/');
    expect(first.linted).toEqual(['Draft A', 'Draft B', 'Draft C']);
    expect(existsSync(join(dir, '.apologylintcache'))).toBe(true);
    const second = lint('--cache', 'drafts/');
    expect(second.linted).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toMatch(/\^\^\^/);
    expect(second.status).toBe(first.status);
    expect(second.status).toBe(1);
    expect(lint('--cache', '-f', 'json', 'drafts/').stdout).toBe(lint('-f', 'json', 'drafts/').stdout);
  });

  it('re-lints only the draft whose content changed', () => {
    lint('--cache', 'drafts/');
    writeFileSync(join(dir, 'drafts', 'b.md'), `Draft B\n\n${POOR}`);
    const run = lint('--cache', 'drafts/');
    expect(run.linted).toEqual(['Draft B']);
    expect(run.stdout).toBe(lint('drafts/').stdout);
  });

  it('re-lints everything when the config changes, or the cache is of another version', () => {
    lint('--cache', 'drafts/');
    writeFileSync(join(dir, '.apologylintrc.json'), config({ hedging: 'error' }));
    const changed = lint('--cache', 'drafts/');
    expect(changed.linted).toEqual(['Draft A', 'Draft B', 'Draft C']);
    expect(changed.stdout).toMatch(/error +Hedges/);
    expect(lint('--cache', 'drafts/').linted).toEqual([]);
    const cacheFile = join(dir, '.apologylintcache');
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/"version":"[^"]*"/, '"version":"0.0.0-older"'));
    expect(lint('--cache', 'drafts/').linted).toEqual(['Draft A', 'Draft B', 'Draft C']);
  });

  it('a --rule on the command line is part of the key', () => {
    lint('--cache', 'drafts/');
    expect(lint('--cache', '--rule', 'hedging:off', 'drafts/').linted).toEqual(['Draft A', 'Draft B', 'Draft C']);
  });

  it('--cache-location names the file, or a folder to keep it in', () => {
    lint('--cache', '--cache-location', 'tmp/lint.cache', 'drafts/');
    expect(existsSync(join(dir, 'tmp', 'lint.cache'))).toBe(true);
    expect(lint('--cache', '--cache-location', 'tmp/lint.cache', 'drafts/').linted).toEqual([]);
    lint('--cache', '--cache-location', 'caches/', 'drafts/');
    expect(lint('--cache', '--cache-location', 'caches/', 'drafts/').linted).toEqual([]);
    expect(existsSync(join(dir, '.apologylintcache'))).toBe(false);
  });

  it('is not used without --cache, and a damaged cache file is rebuilt', () => {
    lint('--cache', 'drafts/');
    expect(lint('drafts/').linted).toHaveLength(3);
    writeFileSync(join(dir, '.apologylintcache'), '{ not json');
    const run = lint('--cache', 'drafts/');
    expect(run.linted).toHaveLength(3);
    expect(run.stderr).toBe('');
    expect(lint('--cache', 'drafts/').linted).toEqual([]);
  });

  it('still fails a missing file with exit 2, in order', () => {
    lint('--cache', 'drafts/');
    const run = lint('--cache', 'drafts/a.txt', 'drafts/nope.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^apology-lint: .*nope\.txt/);
  });
});
