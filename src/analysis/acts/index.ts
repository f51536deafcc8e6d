// The meaning layer: what each of the writer's sentences does (apologise,
// admit fault, repair, blame a party…), as a probability per act from a small
// logistic model over the sentence's features. The weights are data
// (data/acts-model.json), trained by `npm run train` on the sentence bank in
// data/bank/; rules read these scores beside the grammar, which keeps the
// constraints that make a finding right (whose voice, what is negated).
import type { Act, ActScores, AnalysedDocument, Sentence, Token } from '../../types.js';
import model from '../../../data/acts-model.json' with { type: 'json' };
import { PAIRS, visitFeatures, wordShape, type PairKind } from './features.js';

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
  return scoresOf(sums);
}

/**
 * The same weights keyed by a feature's parts, so that linting looks each
 * feature up without building its string (that was most of the acts' time):
 * "w:sorry" under ONE w → sorry, "b:we_lost" under TWO b → we → lost. A pair
 * whose parts hold the separator is filed under every split, as its string
 * would have matched whichever parts made it.
 */
const ONE = new Map<string, Map<string, Float64Array>>();
const TWO = new Map<string, Map<string, Map<string, Float64Array>>>();
for (const [feature, weights] of WEIGHTS) {
  const colon = feature.indexOf(':');
  const kind = colon < 0 ? feature : feature.slice(0, colon);
  const value = colon < 0 ? '' : feature.slice(colon + 1);
  const separator = (PAIRS as Record<string, string>)[kind];
  if (!separator) {
    let values = ONE.get(kind);
    if (!values) ONE.set(kind, (values = new Map()));
    values.set(value, weights);
    continue;
  }
  let firsts = TWO.get(kind);
  if (!firsts) TWO.set(kind, (firsts = new Map()));
  for (let at = value.indexOf(separator); at >= 0; at = value.indexOf(separator, at + 1)) {
    const first = value.slice(0, at);
    let seconds = firsts.get(first);
    if (!seconds) firsts.set(first, (seconds = new Map()));
    seconds.set(value.slice(at + separator.length), weights);
  }
}

export function sentenceActs(doc: AnalysedDocument, sentence: Sentence): ActScores {
  const sums = new Float64Array(ACTS.length);
  // A feature counts once however often it occurs, as in the set training reads.
  const seen = new Set<Float64Array>();
  const add = (w: Float64Array | undefined): void => {
    if (!w || seen.has(w)) return;
    seen.add(w);
    for (let a = 0; a < w.length; a++) sums[a] = (sums[a] as number) + (w[a] as number);
  };
  visitFeatures(doc, sentence, {
    one: (kind, value) => add(ONE.get(kind)?.get(value)),
    two: (kind: PairKind, first, second) => add(TWO.get(kind)?.get(first)?.get(second)),
  });
  return scoresOf(sums);
}

function scoresOf(sums: Float64Array): ActScores {
  const scores = {} as Record<Act, number>;
  ACTS.forEach((act, a) => {
    scores[act] = column[a] === -1 ? 0 : 1 / (1 + Math.exp(-(sums[a] as number)));
  });
  return scores;
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
