// The meaning layer: the committed model is the one the committed bank
// trains, training is deterministic, and the model reads plain sentences the
// way a reader would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { actWords, scoreFeatures, sentenceActs } from '../src/analysis/acts/index.js';
import { sentenceFeatures } from '../src/analysis/acts/features.js';
import { readdirSync } from 'node:fs';
import { wordClasses } from '../src/analysis/acts/wordnet.js';
import { root } from './helpers.js';

const train = join(root, 'scripts', 'train-acts.mjs');

describe('the act model', () => {
  it('is the one `npm run train` makes from the committed bank (else: run npm run train)', async () => {
    const { trainingDigest } = (await import(train)) as { trainingDigest: (dir: string) => string };
    const model = JSON.parse(readFileSync(join(root, 'data', 'acts-model.json'), 'utf8')) as { digest: string };
    expect(model.digest).toBe(trainingDigest(join(root, 'data', 'bank')));
  });

  it('trains to the same bytes twice, and learns its bank', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apology-bank-'));
    const bank = join(dir, 'bank');
    mkdirSync(bank);
    const lines = [
      'apologise,admit-fault\tSorry, we packed the wrong size.',
      'apologise\tI am so sorry about the delay.',
      'apologise\tApologies for the late reply.',
      'repair-done\tI have refunded the full amount.',
      'repair-committed\tA new one ships tomorrow.',
      'none\tThanks for your order.',
      'none\tYour parcel left the depot on Monday.',
      'none\tLet us know your address.',
    ];
    writeFileSync(join(bank, 'tiny.tsv'), `${lines.join('\n')}\n${lines.join('\n').replaceAll('\t', '\t ')}\n`);
    const run = (out: string) => spawnSync(process.execPath, [train, '--bank', bank, '--out', out], { encoding: 'utf8' });
    for (const out of ['a.json', 'b.json']) expect(run(join(dir, out)).status).toBe(0);
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
    const weights = (JSON.parse(a) as { acts: string[]; weights: Record<string, number[]> });
    const apologise = weights.acts.indexOf('apologise');
    expect(weights.weights['w:sorry']?.[apologise]).toBeGreaterThan(0);
  });
});

describe('what the model reads', () => {
  const acts = (text: string) => {
    const doc = analyse(text);
    return { doc, sentence: doc.sentences[0]! };
  };
  it('a plain apology is an apology; thanks is not', () => {
    expect(acts("I'm so sorry we lost your parcel.").sentence.acts.apologise).toBeGreaterThan(0.9);
    expect(acts('Thanks for your order, it ships on Monday.').sentence.acts.apologise).toBeLessThan(0.5);
  });
  it('a terse repair with no subject is a committed repair', () => {
    expect(acts('Will fix shortly.').sentence.acts['repair-committed']).toBeGreaterThan(0.6);
  });
  it('points at words inside the sentence that carry the act', () => {
    const { doc, sentence } = acts('Unfortunately the courier lost your parcel on the way.');
    const span = actWords(sentence, 'blame-party');
    expect(span.start).toBeGreaterThanOrEqual(sentence.start);
    expect(span.end).toBeLessThanOrEqual(sentence.end);
    expect(doc.text.slice(span.start, span.end).length).toBeGreaterThan(2);
  });
  it('customer lines get no acts: they are not the writer speaking', () => {
    const doc = analyse('Customer: sorry, I entered the wrong address.\nAgent: No problem, I have fixed it.');
    const customer = doc.sentences.find((s) => s.voice === 'customer')!;
    expect(Object.values(customer.acts).every((p) => p === 0)).toBe(true);
  });
});

describe('WordNet classes', () => {
  it('scores every bank sentence as the feature strings training reads would, to the last bit', () => {
    const bank = join(root, 'data', 'bank');
    const sentences = readdirSync(bank).flatMap((f) => readFileSync(join(bank, f), 'utf8').split('\n').map((l) => l.split('\t')[1] ?? '').filter(Boolean));
    let compared = 0;
    for (const text of sentences) {
      const doc = analyse(text);
      for (const sentence of doc.sentences) {
        expect(sentenceActs(doc, sentence)).toEqual(scoreFeatures(sentenceFeatures(doc, sentence)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('puts kin words in one class', () => {
    expect(wordClasses('blunder', 'n')).toContain('@mistake');
    expect(wordClasses('reimburse', 'v')).toContain('@refund');
    expect(wordClasses('tiny', 'a')).toContain('@small');
    expect(wordClasses('parcel', 'n')).not.toContain('@mistake');
  });
});
