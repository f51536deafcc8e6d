// The meaning layer: what each of the writer's sentences does (apologise,
// admit fault, repair, blame a party…), as a probability per act from a small
// logistic model over the sentence's features. The weights are data
// (data/acts-model.json), trained by `npm run train` on the sentence bank in
// data/bank/; rules read these scores beside the grammar, which keeps the
// constraints that make a finding right (whose voice, what is negated).
import type { Act, ActScores, AnalysedDocument, Sentence, Token } from '../../types.js';
import { readDataFile } from '../data-files.js';
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
const WIDTH = ACTS.length;
/** Per act of ACTS, its column in the model (-1 when the model has none). */
let column: readonly number[] = [];

/**
 * The model's weights, looked up by a feature's parts, so that linting finds
 * each feature without building its string (that was most of the acts' time):
 * "w:sorry" under ONE w → sorry, "b:we_lost" under TWO b → we → lost. A pair
 * whose parts hold the separator is filed under every split, as its string
 * would have matched whichever parts made it. What the maps hold is a row of
 * ROWS, one buffer for every feature's weights in ACTS order: a typed array
 * per feature cost ~300 bytes each, and every start of the CLI reads them all
 * from its snapshot (5 ms a megabyte).
 */
const ONE = new Map<string, Map<string, number>>();
const TWO = new Map<string, Map<string, Map<string, number>>>();
const ROWS = loadRows(readDataFile('acts-model.json') as ActModel);

/** ROWS from the model, filing each feature's row in ONE and TWO; the parsed file is not kept. */
function loadRows(trained: ActModel): Float64Array {
  column = ACTS.map((act) => trained.acts.indexOf(act));
  const features = Object.keys(trained.weights);
  const rows = new Float64Array(features.length * WIDTH);
  for (let row = 0; row < features.length; row++) {
    const feature = features[row] as string;
    const weights = trained.weights[feature] as number[];
    for (let a = 0; a < WIDTH; a++) {
      const c = column[a] as number;
      rows[row * WIDTH + a] = c === -1 ? 0 : (weights[c] ?? 0);
    }
    const colon = feature.indexOf(':');
    const kind = colon < 0 ? feature : feature.slice(0, colon);
    const value = colon < 0 ? '' : feature.slice(colon + 1);
    const separator = (PAIRS as Record<string, string>)[kind];
    if (!separator) {
      let values = ONE.get(kind);
      if (!values) ONE.set(kind, (values = new Map()));
      values.set(value, row);
      continue;
    }
    let firsts = TWO.get(kind);
    if (!firsts) TWO.set(kind, (firsts = new Map()));
    for (let at = value.indexOf(separator); at >= 0; at = value.indexOf(separator, at + 1)) {
      const first = value.slice(0, at);
      let seconds = firsts.get(first);
      if (!seconds) firsts.set(first, (seconds = new Map()));
      seconds.set(value.slice(at + separator.length), row);
    }
  }
  return rows;
}

/** The row of a feature given as its string ("w:sorry", "b:we_lost", "bias"), or undefined. */
function rowOf(feature: string): number | undefined {
  const colon = feature.indexOf(':');
  const kind = colon < 0 ? feature : feature.slice(0, colon);
  const value = colon < 0 ? '' : feature.slice(colon + 1);
  const separator = (PAIRS as Record<string, string>)[kind];
  if (!separator) return ONE.get(kind)?.get(value);
  const firsts = TWO.get(kind);
  // Any split finds it: the feature was filed under all of them.
  for (let at = value.indexOf(separator); firsts && at >= 0; at = value.indexOf(separator, at + 1)) {
    const row = firsts.get(value.slice(0, at))?.get(value.slice(at + separator.length));
    if (row !== undefined) return row;
  }
  return undefined;
}

export const NO_ACTS: ActScores = Object.freeze(Object.fromEntries(ACTS.map((act) => [act, 0])) as Record<Act, number>);

/** Sums of the weights of distinct features, each counted once however often it occurs (as in the set training reads). */
class Sums {
  readonly sums = new Float64Array(WIDTH);
  private readonly seen = new Set<number>();
  add(row: number | undefined): void {
    if (row === undefined || this.seen.has(row)) return;
    this.seen.add(row);
    const base = row * WIDTH;
    for (let a = 0; a < WIDTH; a++) this.sums[a] = (this.sums[a] as number) + (ROWS[base + a] as number);
  }
}

export function scoreFeatures(features: Iterable<string>): ActScores {
  const sums = new Sums();
  for (const feature of features) sums.add(rowOf(feature));
  return scoresOf(sums.sums);
}

export function sentenceActs(doc: AnalysedDocument, sentence: Sentence): ActScores {
  const sums = new Sums();
  visitFeatures(doc, sentence, {
    one: (kind, value) => sums.add(ONE.get(kind)?.get(value)),
    two: (kind: PairKind, first, second) => sums.add(TWO.get(kind)?.get(first)?.get(second)),
  });
  return scoresOf(sums.sums);
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
  const row = rowOf(feature);
  return row === undefined ? 0 : (ROWS[row * WIDTH + ACTS.indexOf(act)] as number);
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
