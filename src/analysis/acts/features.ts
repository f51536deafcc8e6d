// The features the act model reads off one analysed sentence. Training
// (scripts/train-acts.mjs) and linting call this same function, so a sentence
// in the bank and the same sentence in a draft look alike to the model.
//
// Words alone tie the model to the bank's phrasing; the grammar features say
// who did what in which mood (actor × verb class × tense, negation, modality,
// voice, condition), and WordNet's classes let "blunder" stand in for
// "mistake" and "reimburse" for "refund".
import type { AnalysedDocument, Clause, Sentence, Token } from '../../types.js';
import { wordClasses } from './wordnet.js';

/** A word as the model sees it: placeholders are one symbol, numbers and money another. */
export function wordShape(t: Token): string {
  if (t.placeholder) return '<ph>';
  if (/^[£$€]?\d/.test(t.text)) return '<num>';
  return t.word.replace(/^['’]|['’]$/g, '');
}

const isWord = (t: Token): boolean => t.text !== '' || t.word === 'not';

/** An opening fragment with no subject: "Will fix shortly", "Merged and tagged", "Pushed a fix". */
function implicitSubject(clause: Clause, sentence: Sentence): boolean {
  if (clause.subject.length > 0 || clause.passive || !clause.verb) return false;
  const lead = sentence.tokens.find((t) => t.index >= clause.first && t.text !== '' && !t.tags.has('Expression') && !t.tags.has('Interjection'));
  if (!lead || lead !== clause.verbs[0]) return false;
  return clause.tense === 'past' || clause.tense === 'future' || clause.tense === 'perfect' || lead.tags.has('PastTense');
}

/**
 * Where the features go: one(kind, value) is the feature "kind:value" (or
 * "kind" when value is ''), two(kind, a, b) is "kind:a<sep>b" with the
 * separator PAIRS gives. Training collects the strings; linting looks the
 * parts up directly, without building a string per feature.
 */
export interface FeatureSink {
  one(kind: string, value: string): void;
  two(kind: PairKind, a: string, b: string): void;
}
export const PAIRS = { b: '_', 'actor-tense': '.', 'actor-verb': '.', 'verb-tense': '.', 'actor-vclass': '.', 'vclass-tense': '.' } as const;
export type PairKind = keyof typeof PAIRS;

function clauseFeatures(clause: Clause, sentence: Sentence, out: FeatureSink): void {
  const actor = implicitSubject(clause, sentence) ? 'writer-implied' : clause.actor;
  const root = clause.verb?.root ?? clause.verb?.word ?? '';
  const mood = [clause.negated ? 'neg' : 'pos', clause.conditional ? 'cond' : 'fact', clause.modal || 'plain'].join('.');
  out.one('actor', actor);
  out.one('tense', clause.tense);
  out.one('mood', mood);
  out.two('actor-tense', actor, clause.tense);
  if (clause.passive) {
    if (clause.byActor) out.one('passive-by', clause.byActor);
    else out.one('passive-agentless', '');
  }
  if (clause.opener) out.one('opener', clause.opener);
  if (!root) return;
  out.one('verb', root);
  out.two('actor-verb', actor, root);
  out.two('verb-tense', root, clause.tense);
  if (clause.negated) out.one('neg-verb', root);
  if (clause.passive && !clause.byActor) out.one('passive-verb', root);
  for (const cls of wordClasses(root, 'v')) {
    out.one('vclass', cls);
    out.two('actor-vclass', actor, cls);
    out.two('vclass-tense', cls, clause.tense);
    if (clause.negated) out.one('neg-vclass', cls);
    if (clause.passive && !clause.byActor) out.one('passive-vclass', cls);
    if (clause.conditional) out.one('cond-vclass', cls);
  }
}

/** Every feature of one sentence of an analysed document, into `out` (the bias feature included). */
export function visitFeatures(doc: AnalysedDocument, sentence: Sentence, out: FeatureSink): void {
  out.one('bias', '');
  const words = sentence.tokens.filter((t) => isWord(t) && !t.quoted);
  const shapes = words.map(wordShape);
  for (let i = 0; i < shapes.length; i++) {
    const w = shapes[i] as string;
    out.one('w', w);
    out.two('b', i === 0 ? '^' : (shapes[i - 1] as string), w);
    const token = words[i] as Token;
    if (token.root !== token.word) out.one('r', token.root);
    if (token.tags.has('Noun') && !token.tags.has('Pronoun')) for (const cls of wordClasses(token.root, 'n')) out.one('nclass', cls);
    if (token.tags.has('Adjective')) for (const cls of wordClasses(token.root, 'a')) out.one('aclass', cls);
  }
  if (shapes.length > 0) out.two('b', shapes[shapes.length - 1] as string, '$');
  if (sentence.question) out.one('question', '');
  if (shapes.length <= 4) out.one('short', '');
  for (const clause of sentence.clauses) clauseFeatures(clause, sentence, out);
  if (/\bbut\b/i.test(doc.masked.slice(sentence.start, sentence.end))) out.one('has-but', '');
}

/** The features of one sentence, as the strings the model's weights are keyed by. */
export function sentenceFeatures(doc: AnalysedDocument, sentence: Sentence): ReadonlySet<string> {
  const features = new Set<string>();
  visitFeatures(doc, sentence, {
    one: (kind, value) => features.add(value === '' ? kind : `${kind}:${value}`),
    two: (kind, a, b) => features.add(`${kind}:${a}${PAIRS[kind]}${b}`),
  });
  return features;
}
