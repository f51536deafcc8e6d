// src/analysis/compromise.ts speeds compromise up (no chunker, a sweep that
// looks up a sentence's own words). Neither may change a single tag: the
// rules were written against stock compromise.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { CASES } from './rules/cases.js';
import { root } from './helpers.js';

interface Setup {
  bulkMatch: unknown;
  postTagger: unknown;
  hooks: string[];
}
const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { bulkMatch: unknown } }; compute: { postTagger: unknown } };
const setupNow = (): Setup => ({ bulkMatch: world.methods.one.bulkMatch, postTagger: world.compute.postTagger, hooks: [...world.hooks] });
const stock = setupNow();
await import('../src/analysis/compromise.js');
const ours = setupNow();

function withSetup<T>(setup: Setup, fn: () => T): T {
  const before = setupNow();
  const use = (s: Setup): void => {
    world.methods.one.bulkMatch = s.bulkMatch;
    world.compute.postTagger = s.postTagger;
    world.hooks = s.hooks;
  };
  use(setup);
  try {
    return fn();
  } finally {
    use(before);
  }
}

/** Every term's text, tags, root and offset: all the analysis reads from compromise. */
function reading(text: string): unknown {
  const doc = nlp(text);
  doc.compute(['root', 'offset']);
  const terms = doc.docs as unknown as Array<Array<{ text: string; tags: Set<string>; root?: string; offset: { start: number } }>>;
  return terms.map((sentence) => sentence.map((t) => [t.text, [...t.tags].sort().join(' '), t.root, t.offset.start]));
}

const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(root, 'fixtures', name), 'utf8'));
const cases = Object.values(CASES).flatMap((c) => [...c.flags.map((f) => f.draft), ...c.passes]);
const texts = [...fixtures, ...cases];

describe('compromise as set up for the engine', () => {
  it('is in use: chunking is off and the sweep is ours', () => {
    expect(ours.hooks).not.toContain('chunks');
    expect(stock.hooks).toContain('chunks');
    expect(ours.bulkMatch).not.toBe(stock.bulkMatch);
    expect(ours.postTagger).not.toBe(stock.postTagger);
  });

  it(`tags every word as stock compromise does (${texts.length} drafts and rule cases)`, () => {
    const expected = withSetup(stock, () => texts.map(reading));
    const actual = withSetup(ours, () => texts.map(reading));
    expect(actual).toEqual(expected);
  });

  it('finds the same first match with matchOne, which stops the sweep early', () => {
    const first = (text: string): string => nlp(text).matchOne('#Verb #Determiner? #Noun').text();
    expect(withSetup(ours, () => texts.map(first))).toEqual(withSetup(stock, () => texts.map(first)));
  });
});
