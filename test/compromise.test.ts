// src/analysis/compromise.ts uses compromise/two (no chunker) and, on the
// release it was written for, a faster sweep of the post-tagger's patterns.
// Neither may change a single tag: the rules were written against stock
// compromise. Compared here on the fixtures, the rule cases and every text of
// ../shared/corpus (dev and real), in this process against compromise/two's own
// sweep (the fall-back on any other release), and in a child process against
// the full `compromise` with its chunker, as the rules were written against.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { CASES } from './rules/cases.js';
import { root } from './helpers.js';
import { outside } from './outside.js';

interface Setup {
  bulkMatch: unknown;
  postTagger: unknown;
  toSingular: unknown;
  hooks: string[];
}
const world = nlp.world() as unknown as {
  hooks: string[];
  methods: { one: { bulkMatch: unknown }; two: { transform: { noun: { toSingular: unknown } } } };
  compute: { postTagger: unknown };
};
const nouns = world.methods.two.transform.noun;
const setupNow = (): Setup => ({ bulkMatch: world.methods.one.bulkMatch, postTagger: world.compute.postTagger, toSingular: nouns.toSingular, hooks: [...world.hooks] });
const stock = setupNow();
const { fastSweep, SWEEP_WRITTEN_FOR } = await import('../src/analysis/compromise.js');
const ours = setupNow();

function withSetup<T>(setup: Setup, fn: () => T): T {
  const before = setupNow();
  const use = (s: Setup): void => {
    world.methods.one.bulkMatch = s.bulkMatch;
    world.compute.postTagger = s.postTagger;
    nouns.toSingular = s.toSingular;
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
const READING = `(text) => {
  const doc = nlp(text);
  doc.compute(['root', 'offset']);
  return doc.docs.map((sentence) => sentence.map((t) => [t.text, [...t.tags].sort().join(' '), t.root, t.offset.start]));
}`;
const read = new Function('nlp', `return ${READING}`)(nlp) as (text: string) => unknown;
/** As it comes back from the child process too: through JSON (a missing root is null). */
const reading = (text: string): unknown => JSON.parse(JSON.stringify(read(text))) as unknown;

/** The same readings from the full, stock `compromise` (chunker and all), in a process of its own. */
function stockReadings(texts: string[]): unknown[] {
  const script = `import nlp from 'compromise';
const reading = ${READING};
let input = '';
process.stdin.on('data', (chunk) => (input += chunk)).on('end', () => process.stdout.write(JSON.stringify(JSON.parse(input).map(reading))));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as unknown[];
}

const textsIn = (dir: string, extensions: RegExp): string[] =>
  readdirSync(dir)
    .filter((name) => extensions.test(name))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
const fixtures = textsIn(join(root, 'fixtures'), /\.txt$/);
const cases = Object.values(CASES).flatMap((c) => [...c.flags.map((f) => f.draft), ...c.passes]);
/** The sentence bank's sentences: thousands, across genres and registers, in the repository. */
const bank = readdirSync(join(root, 'data', 'bank'))
  .filter((name) => name.endsWith('.tsv'))
  .flatMap((name) => readFileSync(join(root, 'data', 'bank', name), 'utf8').split('\n'))
  .filter((line) => line.includes('\t') && !line.startsWith('#'))
  .map((line) => line.slice(line.indexOf('\t') + 1));
const texts = [...fixtures, ...cases];

const shared = resolve(root, '..', 'shared', 'corpus');
const corpus = outside('../shared (the shared corpora)', existsSync(join(shared, 'dev')) && existsSync(join(shared, 'real')), 'CI lays it out beside the clone');
const corpusTexts = (): string[] => ['dev', 'real'].flatMap((name) => textsIn(join(shared, name), /\.(txt|md)$/));

describe('compromise as set up for the analysis', () => {
  it(`is the release the fast sweep was written for (${SWEEP_WRITTEN_FOR}), so the sweep is in use`, () => {
    // After an upgrade: check the sweep against the new release's postTagger and matcher, then move SWEEP_WRITTEN_FOR.
    expect(nlp.version).toBe(SWEEP_WRITTEN_FOR);
    expect(fastSweep).toBe(true);
    expect(ours.bulkMatch).not.toBe(stock.bulkMatch);
    expect(ours.postTagger).not.toBe(stock.postTagger);
    expect(ours.toSingular).not.toBe(stock.toSingular);
    expect(ours.hooks).not.toContain('chunks');
  });

  it('falls back to stock compromise on any other release', async () => {
    const version = nlp.version;
    const writable = nlp as unknown as { version: string };
    writable.version = '14.99.0';
    try {
      const other = await import('../src/analysis/compromise.js?another-release');
      expect(other.fastSweep).toBe(false);
    } finally {
      writable.version = version;
    }
  });

  it(`tags every word as compromise's own sweep does (${texts.length} drafts and rule cases)`, () => {
    const expected = withSetup(stock, () => texts.map(reading));
    const actual = withSetup(ours, () => texts.map(reading));
    expect(actual).toEqual(expected);
  });

  it(`tags every sentence of the bank as compromise's own sweep does (${bank.length} sentences)`, () => {
    expect(bank.length).toBeGreaterThan(1000);
    const expected = withSetup(stock, () => bank.map(reading));
    expect(withSetup(ours, () => bank.map(reading))).toEqual(expected);
  });

  it('finds the same first match with matchOne, which stops the sweep early', () => {
    const first = (text: string): string => nlp(text).matchOne('#Verb #Determiner? #Noun').text();
    expect(withSetup(ours, () => texts.map(first))).toEqual(withSetup(stock, () => texts.map(first)));
  });

  it('tags the drafts and rule cases as the full, stock compromise does', () => {
    expect(withSetup(ours, () => texts.map(reading))).toEqual(stockReadings(texts));
  });
});

describe.skipIf(corpus.skip)(`compromise on every text of ../shared/corpus ${corpus.label}`, () => {
  it('finds both corpora', () => {
    expect(corpusTexts().length).toBeGreaterThan(100);
  });

  it("tags every corpus text as compromise's own sweep does, and as the full, stock compromise does", () => {
    const all = corpusTexts();
    const actual = withSetup(ours, () => all.map(reading));
    expect(actual).toEqual(withSetup(stock, () => all.map(reading)));
    expect(actual).toEqual(stockReadings(all));
  });
});
