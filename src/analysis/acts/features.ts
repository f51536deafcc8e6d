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

function clauseFeatures(clause: Clause, sentence: Sentence, out: Set<string>): void {
  const actor = implicitSubject(clause, sentence) ? 'writer-implied' : clause.actor;
  const root = clause.verb?.root ?? clause.verb?.word ?? '';
  const mood = [clause.negated ? 'neg' : 'pos', clause.conditional ? 'cond' : 'fact', clause.modal || 'plain'].join('.');
  out.add(`actor:${actor}`);
  out.add(`tense:${clause.tense}`);
  out.add(`mood:${mood}`);
  out.add(`actor-tense:${actor}.${clause.tense}`);
  if (clause.passive) out.add(clause.byActor ? `passive-by:${clause.byActor}` : 'passive-agentless');
  if (clause.opener) out.add(`opener:${clause.opener}`);
  if (!root) return;
  out.add(`verb:${root}`);
  out.add(`actor-verb:${actor}.${root}`);
  out.add(`verb-tense:${root}.${clause.tense}`);
  if (clause.negated) out.add(`neg-verb:${root}`);
  if (clause.passive && !clause.byActor) out.add(`passive-verb:${root}`);
  for (const cls of wordClasses(root, 'v')) {
    out.add(`vclass:${cls}`);
    out.add(`actor-vclass:${actor}.${cls}`);
    out.add(`vclass-tense:${cls}.${clause.tense}`);
    if (clause.negated) out.add(`neg-vclass:${cls}`);
    if (clause.passive && !clause.byActor) out.add(`passive-vclass:${cls}`);
    if (clause.conditional) out.add(`cond-vclass:${cls}`);
  }
}

/** The features of one sentence of an analysed document. */
export function sentenceFeatures(doc: AnalysedDocument, sentence: Sentence): ReadonlySet<string> {
  const out = new Set<string>(['bias']);
  const words = sentence.tokens.filter((t) => isWord(t) && !t.quoted);
  const shapes = words.map(wordShape);
  for (let i = 0; i < shapes.length; i++) {
    const w = shapes[i] as string;
    out.add(`w:${w}`);
    out.add(`b:${i === 0 ? '^' : shapes[i - 1]}_${w}`);
    const token = words[i] as Token;
    if (token.root !== token.word) out.add(`r:${token.root}`);
    if (token.tags.has('Noun') && !token.tags.has('Pronoun')) for (const cls of wordClasses(token.root, 'n')) out.add(`nclass:${cls}`);
    if (token.tags.has('Adjective')) for (const cls of wordClasses(token.root, 'a')) out.add(`aclass:${cls}`);
  }
  if (shapes.length > 0) out.add(`b:${shapes[shapes.length - 1]}_$`);
  if (sentence.question) out.add('question');
  if (shapes.length <= 4) out.add('short');
  for (const clause of sentence.clauses) clauseFeatures(clause, sentence, out);
  if (/\bbut\b/i.test(doc.masked.slice(sentence.start, sentence.end))) out.add('has-but');
  return out;
}
