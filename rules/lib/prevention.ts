// Prevention: a step that stops the failure happening again, or a bare promise that it won't.
import type { AnalysedDocument, Clause, Sentence } from '../../src/types.js';
import { CHANGE_VERBS, FORWARD_MARKERS, PREVENTIVE_VERBS, REMEDY_NOUNS, STRONG_REMEDY_VERBS, VAGUE_PROMISE } from '../lexicon/acts.js';
import { hasWord, isAuxiliaryWord, isImperative, MODAL_DOUBT, rootOf } from './clause.js';
import { perDocument } from './memo.js';
import { clauseText, clauseTokens, findAll, writerSentences, type Match } from './text.js';

const STRONG_FORWARD = /\b(?:so (?:that )?(?:this|it|no|every|each|any|we|you|our|the|a|nobody|no one)\b[^.;]{0,50}?\b(?:can|can['’]t|cannot|will|won['’]t|['’]ll|would|wouldn['’]t|never|always|now|is|are|does|doesn['’]t|do|don['’]t|has to|have to|must|gets?|goes|sees?)\b|now\b|from now on|in future|in the future|going forward|again\b|whenever|every|each)/i;
const FROM_NOW = /\b(?:from (?:now on|today|this (?:week|month|weekend|year|term|semester|season|quarter)|next (?:week|month|year|season|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|then on)|since (?:then|that day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|going forward|for next (?:year|season|time)|in future|in the future)\b/i;

/** A concrete step against a repeat: "we've added a second check", "we now print every request". */
function clausePrevents(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || sentence.question || clause.actor === 'customer' || isImperative(doc, clause)) return false;
  if (!clause.verb) return false;
  const clauseWords = clauseText(doc, clause);
  // "Any change must now be signed off by a second supervisor": a rule from now on.
  if (clause.modal === 'must' && !clause.negated && /\b(?:now|every|any|all|always|first|before|from now)\b/i.test(clauseWords)) return true;
  if (rootOf(clause) === 'be') return false;
  if (clause.modal && MODAL_DOUBT.has(clause.modal)) return false;
  const text = clauseText(doc, clause);
  const sentenceText = doc.masked.slice(sentence.start, sentence.end);
  const root = rootOf(clause);
  const tokens = clauseTokens(doc, clause);
  const forwardLooking = clause.tense === 'perfect' || clause.tense === 'future' || clause.verbs.some((t) => t.tags.has('Gerund'));
  // "From next month we…", "Since Friday, every sheet is re-checked…": the phrase opens the sentence or sits in the clause.
  const opening = FROM_NOW.exec(sentenceText);
  const fromNow = FROM_NOW.test(text) || (!!opening && sentenceText.slice(0, opening.index).replace(/\W|\b(?:and|but|so)\b/gi, '') === '');
  const ruleFromNow = !clause.negated || /\b(?:until|unless|without|before)\b/i.test(text);
  // "We have shared your comments … and look forward to welcoming you back in the future" is courtesy, not a step.
  const courtesy = /^(?:share|pass|forward|look|welcome|hope|thank|value|appreciate|note|appreciate)$/.test(root);
  if (fromNow && ruleFromNow && !courtesy && (forwardLooking || clause.tense === 'present')) return true;
  // "We now print every table request", "servers now confirm allergies".
  const nowBefore = tokens.some((t, i) => t.word === 'now' && tokens[i + 1] === clause.verbs.find((v) => !isAuxiliaryWord(v)));
  const everyTime = /\b(?:every|each|all|any|always|automatically|before|whenever)\b/i.test(text);
  // "We now have a standby chef on call": having now is a step when what is had is one.
  const doing = (!['be', 'have', 'do'].includes(root) || (root === 'have' && FORWARD_MARKERS.test(text.replace(/\bnow\b/gi, '')))) && !clause.verb.tags.has('Copula');
  if (clause.tense === 'present' && !clause.negated && doing && (nowBefore || (/\bnow\b/i.test(text) && everyTime))) return true;
  if (clause.passive && clause.byActor !== 'writer') return false;
  if (clause.negated && !/\b(?:until|unless|without)\b/i.test(text)) return false;
  // "I've also flagged your street so the driver's handheld warns them next time", "I included 3.0.x in the CI triggers, so it won't happen again".
  const stepVerb = !['be', 'have', 'do', 'make', 'try', 'promise', 'ensure', 'commit', 'apologise', 'apologize', 'hope'].includes(root);
  if (clause.actor === 'writer' && (forwardLooking || (clause.tense === 'past' && stepVerb)) && /\bso (?:that )?\b[^.;]{0,80}\b(?:next time|in (?:the )?future|from now on|(?:won['’]t|can['’]t|cannot|never|not|no)\b[^.;]{0,40}\bagain)\b/i.test(sentenceText.slice(sentenceText.indexOf(text))) && !REMEDY_NOUNS.test(text) && !STRONG_REMEDY_VERBS.has(root)) return true;
  // "We changed our process so that every address is confirmed": a past change that looks forward.
  const afterVerb = sentenceText.slice(Math.max(0, sentenceText.indexOf(clause.verb.text)));
  const changedForGood =
    clause.actor === 'writer' &&
    ((clause.tense === 'past' && !hasWord(clause.verbs, ['had']) && STRONG_FORWARD.test(afterVerb)) ||
      // "I set two reminders now so it does not happen again", "we change the labels so this not happen again".
      (clause.tense === 'present' &&
        ((/\bnow\b/i.test(afterVerb) && STRONG_FORWARD.test(afterVerb.replace(/\bnow\b/i, ''))) ||
          /\bso (?:that )?(?:this|it)\b[^.;]*\bagain\b/i.test(afterVerb))));
  if (CHANGE_VERBS.has(root) && (forwardLooking || changedForGood || (clause.tense === 'past' && PREVENTIVE_VERBS.has(root)))) {
    if (REMEDY_NOUNS.test(text) && !/\bso\b|\bevery\b|\bany\b/i.test(sentenceText.slice(sentenceText.indexOf(text) + text.length))) return false;
    // A new step added ("we've added a barcode scan") prevents by itself; what was given back was caught above.
    if (PREVENTIVE_VERBS.has(root) || (root === 'add' && clause.tense !== 'past')) return true;
    // "We have stopped all database changes during trading hours".
    if (root === 'stop' && clause.actor === 'writer' && (clause.tense === 'perfect' || clause.tense === 'future')) return true;
    const rest = sentenceText.slice(Math.max(0, sentenceText.indexOf(clause.verb.text)));
    return FORWARD_MARKERS.test(rest);
  }
  return false;
}

export interface Prevention {
  concrete: Array<{ sentence: Sentence; clause: Clause }>;
  vague: Array<{ sentence: Sentence; match: Match }>;
}

export const preventionStatements = perDocument((doc: AnalysedDocument): Prevention => {
  const concrete: Prevention['concrete'] = [];
  const vague: Prevention['vague'] = [];
  for (const sentence of writerSentences(doc)) {
    for (const match of findAll(doc, sentence, VAGUE_PROMISE)) vague.push({ sentence, match });
    for (const clause of sentence.clauses) {
      // "I'll make sure it doesn't happen again" is the promise itself, not a step towards it.
      const rest = doc.masked.slice(doc.tokens[clause.first]?.start ?? sentence.start, sentence.end);
      const promise = VAGUE_PROMISE.test(clauseText(doc, clause)) || (/^\W*(?:\w+\W+){0,3}?(?:make sure|ensure|see to it)\b/i.test(rest) && VAGUE_PROMISE.test(rest));
      if (clausePrevents(doc, clause, sentence) && !promise) concrete.push({ sentence, clause });
    }
  }
  return { concrete, vague };
});
