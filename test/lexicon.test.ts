// The cue lists are data (data/lexicon/cues/*.txt): the compiled JSON the
// rules read must be what the lists say, no line may grow into one of the
// long hand-written alternations the lists replaced, and no rule module may
// carry such a pattern itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAll } from '../scripts/lexicon.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'data/lexicon/cues');
const lists = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const lines = (file: string): string[] =>
  readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

function rulesSources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rulesSources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('cue lists', () => {
  it('data/lexicon/cues.json is what the lists compile to (run `npm run lexicon` after an edit)', () => {
    expect(readFileSync(join(ROOT, 'data/lexicon/cues.json'), 'utf8')).toBe(compileAll());
  });

  it('every line of every list is at most 200 characters', () => {
    const long = lists.flatMap((f) => lines(f).filter((l) => l.replace(/\s+# .*$/, '').length > 200).map((l) => `${f}: ${l.slice(0, 60)}…`));
    expect(lists.length).toBeGreaterThan(20);
    expect(long).toEqual([]);
  });

  it('every {{reference}} names a list that exists, and every group list is referred to', () => {
    const names = new Set(lists.map((f) => f.replace(/\.txt$/, '')));
    const referred = new Set(lists.flatMap((f) => lines(f).flatMap((l) => [...l.matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1] as string))));
    expect([...referred].filter((r) => !names.has(r))).toEqual([]);
    const groups = lists.filter((f) => !/^#!\s*flags\b/m.test(readFileSync(join(DIR, f), 'utf8'))).map((f) => f.replace(/\.txt$/, ''));
    expect(groups.filter((g) => !referred.has(g))).toEqual([]);
  });

  it('every list a rule reads is used, and no rule module holds a regular expression over 200 characters', () => {
    const sources = rulesSources('rules').map((f) => readFileSync(join(ROOT, f), 'utf8'));
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bcue\('([a-z0-9-]+)'\)/g)].map((m) => m[1] as string)));
    const top = Object.keys(JSON.parse(readFileSync(join(ROOT, 'data/lexicon/cues.json'), 'utf8')));
    expect(top.filter((name) => !used.has(name))).toEqual([]);
    const literal = /(?<=[=(,:]\s*)\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/[dgimsuyv]*/g;
    const long = sources.flatMap((s) => [...s.matchAll(literal)].filter((m) => (m[1] as string).length > 200).map((m) => (m[1] as string).slice(0, 60)));
    expect(long).toEqual([]);
  });
});
