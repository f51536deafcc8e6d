// Empathy: what the failure cost or meant to this customer, in words about them.
import { cue } from '../lexicon/cues.js';
import type { AnalysedDocument, Sentence } from '../../src/types.js';
import { COGNITION, EMOTION } from '../lexicon/acts.js';
import { apologyForms } from './apology.js';
import { inSentence, perDocument } from './memo.js';
import { clauseText, writerSentences } from './text.js';

/** What the failure cost this customer, said in words that are about them. */
export const empathyStatements = perDocument((doc: AnalysedDocument): Sentence[] => {
  const found: Sentence[] = [];
  for (const sentence of writerSentences(doc)) {
    if (sentence.question) continue;
    const text = doc.masked.slice(sentence.start, sentence.end);
    if (acknowledges(doc, sentence) || statesImpact(doc, sentence, text)) found.push(sentence);
  }
  return found;
});

/** "I know how much this delivery meant", "I understand how stressful it is to pay twice". */
function acknowledges(doc: AnalysedDocument, sentence: Sentence): boolean {
  return sentence.clauses.some((clause) => {
    if (clause.actor !== 'writer' || clause.negated || clause.conditional) return false;
    const cognition = clause.verbs.find((t) => COGNITION.test(t.word));
    if (!cognition) return false;
    // "I can see the appointment was moved" reads a record; "I can see how…", or what it meant to them, acknowledges.
    const seen = doc.masked.slice(cognition.end, Math.min(sentence.end, cognition.end + 300));
    if (/^(?:see|get)$/.test(cognition.word) && !/^\s*(?:how|why|what)\b/i.test(seen) && !(YOU.test(seen) && EMOTION.test(seen))) return false;
    // What is understood: the rest of the sentence after the verb.
    const object = doc.masked.slice(cognition.end, Math.min(sentence.end, cognition.end + 300));
    if (GENERIC_OBJECT.test(object)) return false;
    const words = object.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    // "I know his mock is next Friday": the customer's own family counts as them.
    const aboutThem = YOU.test(object) || (words >= 6 && /\b(?:his|her|their)\b/i.test(object));
    // Specific: it names the customer's own situation, or what the failure cost or meant.
    return (
      (aboutThem && (words >= 5 || EMOTION.test(object))) ||
      (EMOTION.test(object) && words >= 6) ||
      (/\b(?:meant|cost|left|without|missed|lost|had to)\b/i.test(object) && words >= 5) ||
      (/^\s*how\b/i.test(object) && EMOTION.test(object))
    );
  });
}

const YOU = /\b(?:you|your|you['’]?(?:ve|re|d|ll)|many of you|some of you)\b/i;
const LOSS_VERBS = new Set(['miss', 'lose', 'wait', 'spend', 'go', 'cancel', 'postpone']);
/** "the wasted afternoons", "the lost sales": the customer's loss named as a thing. */
const LOST_TIME = /\b(?:wasted|lost) (?:\w+ )?(?:hours?|afternoons?|mornings?|evenings?|days?|weeks?|time|money|sales|work|sleep|weekend)\b/i;
/** A customer who waited, paid, lost or went without because of the failure. */
const CUSTOMER_COST =
  cue('customer-cost');

const GENERIC_OBJECT = cue('generic-object');

/** "it cost you…", "it left you…", "it kept your team…": what the failure did to the customer. */
const LEFT_YOU_WORSE =
  cue('left-you-worse');

/** "You lost a day's pay", "it cost you a morning off work", "that meant two days without your tablets". */
function statesImpact(doc: AnalysedDocument, sentence: Sentence, text: string): boolean {
  const conditional = sentence.clauses.some((c) => c.conditional);
  // "we are sorry that several children missed the coach": the apology names what people lost.
  const apology = inSentence(apologyForms(doc), sentence.index).find((f) => f.kind === 'real');
  if (apology && sentence.clauses.some((c) => (doc.tokens[c.first]?.start ?? 0) > apology.start && (c.actor === 'other' || c.actor === 'customer') && !c.negated && (c.tense === 'past' || c.tense === 'perfect') && LOSS_VERBS.has(c.verb?.root ?? ''))) return true;
  if (!conditional && (CUSTOMER_COST.test(text) || LOST_TIME.test(text))) return true;
  return sentence.clauses.some((clause) => {
    // "the heaters should have kept you warm" is a claim about the harm, not an acknowledgment of it.
    if (clause.conditional || clause.tense === 'future' || clause.modal) return false;
    const words = clauseText(doc, clause);
    // "it cost you…", "it left you…", "that meant…", "it spoiled…", "a real blow".
    if (/\b(?:turn(?:ed|ing)? you away|sen[dt] you away)\b/i.test(words)) return true;
    if (LEFT_YOU_WORSE.test(words)) return true;
    if (/\b(?:meant|spoil\w*|ruin\w*)\b/i.test(words) && YOU.test(words)) return true;
    return /\b(?:a real (?:blow|pain|letdown|worry|shock)|a shock|letdown|let-down)\b/i.test(words);
  });
}
