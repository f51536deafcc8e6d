// The meaning layer: what each of the writer's sentences does (apologise,
// admit fault, repair, blame a party…), as a probability per act from a small
// logistic model over the sentence's features. The weights are data
// (data/acts-model.json), trained by `npm run train` on the sentence bank in
// data/bank/; rules read these scores beside the grammar, which keeps the
// constraints that make a finding right (whose voice, what is negated).
import type { Act, ActScores, AnalysedDocument, Sentence, Token } from '../../types.js';
import model from '../../../data/acts-model.json' with { type: 'json' };
import { sentenceFeatures, wordShape } from './features.js';

export const ACTS = [
  'apologise', 'non-apology', 'admit-fault', 'repair-done', 'repair-committed', 'prevent', 'vague-promise',
  'empathy', 'blame-party', 'blame-customer', 'excuse', 'deny', 'minimise', 'hedge', 'hide-agent',
] as const satisfies readonly Act[];
// Every act of the type is in the list: a new act cannot be scored by accident.
const everyAct: Exclude<Act, (typeof ACTS)[number]> extends never ? true : never = true;
void everyAct;
export type { Act, ActScores };

interface ActModel {
  acts: string[];
  /** Feature → one weight per act (in `acts` order). */
  weights: Record<string, number[]>;
}
const trained = model as ActModel;
const column = ACTS.map((act) => trained.acts.indexOf(act));
/**
 * Each feature's weights in ACTS order, in a Map of typed arrays: a look-up
 * per feature of every sentence, where a 10,000-key object was 5% of the time.
 */
const WEIGHTS = new Map<string, Float64Array>();
for (const [feature, row] of Object.entries(trained.weights)) {
  WEIGHTS.set(feature, Float64Array.from(column, (c) => (c === -1 ? 0 : (row[c] ?? 0))));
}

export const NO_ACTS: ActScores = Object.freeze(Object.fromEntries(ACTS.map((act) => [act, 0])) as Record<Act, number>);

export function scoreFeatures(features: Iterable<string>): ActScores {
  const sums = new Float64Array(ACTS.length);
  for (const feature of features) {
    const w = WEIGHTS.get(feature);
    if (!w) continue;
    for (let a = 0; a < w.length; a++) sums[a] = (sums[a] as number) + (w[a] as number);
  }
  const scores = {} as Record<Act, number>;
  ACTS.forEach((act, a) => {
    scores[act] = column[a] === -1 ? 0 : 1 / (1 + Math.exp(-(sums[a] as number)));
  });
  return scores;
}

export function sentenceActs(doc: AnalysedDocument, sentence: Sentence): ActScores {
  return scoreFeatures(sentenceFeatures(doc, sentence));
}

/** The weight a feature gives an act (0 when the model does not know it). */
function weightOf(feature: string, act: Act): number {
  return WEIGHTS.get(feature)?.[ACTS.indexOf(act)] ?? 0;
}

/**
 * The words that carry an act in a sentence: the word (with its bigram
 * neighbours) that adds most to the act's score, widened over the words on
 * either side that add to it too, at most eight words in all.
 */
export function actWords(sentence: Sentence, act: Act): { start: number; end: number } {
  const words = sentence.tokens.filter((t) => t.text !== '' && !t.quoted);
  if (words.length === 0) return { start: sentence.start, end: sentence.end };
  const shape = (i: number): string => (i < 0 ? '^' : i >= words.length ? '$' : wordShape(words[i] as Token));
  const gain = words.map((_, i) => weightOf(`w:${shape(i)}`, act) + weightOf(`b:${shape(i - 1)}_${shape(i)}`, act) + weightOf(`b:${shape(i)}_${shape(i + 1)}`, act));
  let best = 0;
  gain.forEach((g, i) => {
    if (g > (gain[best] as number)) best = i;
  });
  let from = best;
  let to = best;
  while (to - from < 7) {
    const left = from > 0 ? (gain[from - 1] as number) : -Infinity;
    const right = to < words.length - 1 ? (gain[to + 1] as number) : -Infinity;
    if (Math.max(left, right) <= 0) break;
    if (left >= right) from--;
    else to++;
  }
  return { start: (words[from] as Token).start, end: (words[to] as Token).end };
}
