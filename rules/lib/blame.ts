// What blames whom: the phrases and clauses that put a failure on the
// customer, an outside party or a machine. blame-shifting reports them when
// nothing near owns the failure; excuse reads them so it does not report the
// same sentence twice.
import { cue } from '../lexicon/cues.js';
import type { AnalysedDocument, Clause, Finding, Sentence } from '../../src/types.js';
import { CHARGE_NOUNS, WRONGNESS } from '../lexicon/acts.js';
import { CAUSED_BY_PARTY, CUSTOMER_ACTS, CUSTOMER_DUTIES, CUSTOMER_WRONG, CUSTOMER_FAULT, FAILURE_EVENT, FAULT_VERBS, PARTY_NOUN } from '../lexicon/blame.js';
import { perDocument } from './memo.js';
import { inFaultVerbClass, isMisVerb } from './clause.js';
import { clauseAt, clauseSpan, clauseText, findAll, writerSentences } from './text.js';

const PRONOUNS = new Set(['he', 'she', 'they']);

function blamesParty(doc: AnalysedDocument, sentence: Sentence, clause: Clause): boolean {
  if (clause.conditional) return false;
  if (clause.passive) return blamedByAgent(doc, clause);
  let actor = clause.actor;
  const subjectWord = clause.subject[clause.subject.length - 1]?.word ?? '';
  if (actor === 'other' && PRONOUNS.has(subjectWord)) {
    // "I chased the engineer, but he kept cancelling", "we handed them to ParcelSwift and they
    // failed": the pronoun points back to the party, or to an outside name in the same sentence.
    const before = doc.masked.slice(doc.sentences[sentence.index - 1]?.start ?? sentence.start, doc.tokens[clause.first]?.start ?? sentence.start);
    const named = sentence.tokens.some((t) => t.index < clause.first && t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.placeholder && /^[A-Z]/.test(t.text) && t.index > sentence.tokens[0]!.index);
    if (PARTY_NOUN.test(before) || named) actor = 'third-party';
  }
  if (actor !== 'third-party' && actor !== 'thing') return false;
  if (clause.tense === 'future' || (clause.modal && clause.modal !== 'should')) return false;
  const text = clauseText(doc, clause);
  let root = clause.verb?.root ?? '';
  // "he kept cancelling": the repeated act is the one that failed.
  const after = clause.verb ? doc.tokens[clause.verb.index + 1] : undefined;
  if (['keep', 'continue', 'start', 'begin'].includes(root) && after?.tags.has('Gerund')) root = after.root;
  if (clause.negated) return /\b(?:deliver|turn|show|arrive|tell|inform|notify|send|call|ship|pass|respond|reply|process)\b/.test(root);
  if (root === 'let') return /\bdown\b/i.test(text);
  if (root === 'go') return /\bwrong\b/i.test(text);
  // "the courier was unable to deliver", "the supplier was late".
  if (root === 'be') return /\b(?:unable|late|delayed|slow|at fault|to blame|faulty|broken|down|overwhelmed|negligent)\b/i.test(text);
  if (root === 'make' || root === 'do') return /\b(?:error|mistake|mess)\b/i.test(text);
  if (root === 'catch') return /\byour\b/i.test(text);
  if (root === 'drop') return /\b(?:ball|it|them|your)\b/i.test(text) && !/\boff\b/i.test(text);
  if (WRONGNESS.test(text)) return true;
  // "our provider suffered a major outage", "criminals carried out an attack".
  // The object may have been split off as a clause of its own ("suffered | a major outage caused by…").
  const next = sentence.clauses[sentence.clauses.indexOf(clause) + 1];
  const object = next && next.opener === '' && !next.verb?.tags.has('Modal') ? clauseText(doc, next) : '';
  if (actor === 'third-party' && (clause.tense === 'past' || clause.tense === 'perfect') && FAILURE_EVENT.test(`${text} ${object}`)) return true;
  // "The host has admitted culpability": the party named as the one at fault.
  if (actor === 'third-party' && ['admit', 'accept', 'acknowledge', 'take'].includes(root) && /\b(?:culpability|responsibility|liability|fault|blame)\b/i.test(text)) return true;
  // A fault verb says what went wrong when it tells what happened (past), or what keeps happening ("he kept cancelling").
  // "Jens misread the sheet": with a singular subject, a present form would end in -s, so this is the past.
  const singular = clause.subject.length > 0 && !clause.subject.some((t) => ['they', 'we', 'you', 'i'].includes(t.word) || t.tags.has('Plural'));
  const bareForm = clause.tense === 'present' && clause.verbs.length === 1 && !!clause.verb && !/s$/.test(clause.verb.word) && singular;
  const happened = clause.tense === 'past' || clause.tense === 'perfect' || bareForm || clause.verbs.some((t) => t.tags.has('Gerund'));
  return isFaultVerb(root) && happened;
}

const isFaultVerb = (root: string): boolean => FAULT_VERBS.has(root) || isMisVerb(root) || inFaultVerbClass(root);

/**
 * "was lost by the courier", "the fee was applied automatically by the system":
 * a passive whose by-phrase names the party or the machine that did the harm.
 */
function blamedByAgent(doc: AnalysedDocument, clause: Clause): boolean {
  if (clause.byActor !== 'third-party' && clause.byActor !== 'thing') return false;
  if (clause.negated || clause.tense === 'future' || clause.modal) return false;
  const text = clauseText(doc, clause);
  // "automatically": the machine named as the one that laid the charge on the customer.
  return isFaultVerb(clause.verb?.root ?? '') || WRONGNESS.test(text) || (/\bautomatically\b/i.test(text) && CHARGE_NOUNS.test(text));
}

/** "You did not report the mould until…": a duty the customer is said to have failed. */
const hasHave = (clause: Clause): boolean => clause.verbs.some((t) => t.word === 'have');

function blamesCustomer(doc: AnalysedDocument, clause: Clause, next: Clause | undefined): boolean {
  if (clause.actor !== 'customer' || clause.passive) return false;
  if (clause.modal && clause.modal !== 'should') return false;
  // A condition softens nothing in "you should have pinned ^4 if you weren't ready".
  if (clause.conditional && clause.modal !== 'should') return false;
  const text = clauseText(doc, clause);
  if (/\b(?:anything|nothing) wrong\b/i.test(text)) return false;
  const root = clause.verb?.root ?? '';
  if (clause.modal === 'should') return hasHave(clause) && !clause.negated && !/\b(?:received|got|heard)\b/i.test(text);
  if (clause.tense !== 'past' && clause.tense !== 'perfect') return false;
  if (clause.negated) return CUSTOMER_DUTIES.has(root);
  // "You changed your order twice, which added to the wait".
  const consequence = !!next && (next.opener === 'which' || next.opener === 'so') && /\b(?:add|caus|led|delay|slow|meant)\w*/i.test(clauseText(doc, next));
  return CUSTOMER_ACTS.has(root) && (CUSTOMER_WRONG.test(text) || consequence);
}

/**
 * The customer's conduct named as the trouble: "your constant abuse and
 * shouting at my staff", "you were rude to our driver".
 */
const CUSTOMER_CONDUCT =
  cue('customer-conduct');

export interface BlamePhrase extends Finding {
  sentence: Sentence;
  party: 'customer' | 'other';
  /** The one blamed is a machine or a tool ("the system", "our app"), not a party. */
  machine?: boolean;
}

/** Every blaming phrase with the sentence it sits in, owned or not. */
export const blamePhrases = perDocument((doc: AnalysedDocument) => {
  const found: BlamePhrase[] = [];
  for (const sentence of writerSentences(doc)) {
    if (sentence.question) continue;
    for (const m of findAll(doc, sentence, CUSTOMER_FAULT)) {
      // "None of this was your fault", "it was not your choice": clearing the customer is not blaming them.
      if (/\b(?:none|nothing|not|never|n['’]t|no part)\b[^.;]{0,25}$/i.test(doc.masked.slice(sentence.start, m.start + 4))) continue;
      // Point at the whole claim: "you entered the wrong postcode", not just its first words.
      const clause = clauseAt(doc, sentence, m.start);
      const end = clause ? Math.max(m.end, clauseSpan(doc, clause).end) : m.end;
      found.push({ sentence, party: 'customer', start: m.start, end, message: '' });
    }
    for (const m of findAll(doc, sentence, CUSTOMER_CONDUCT)) {
      found.push({ sentence, party: 'customer', start: m.start, end: m.end, message: '' });
    }
    for (const m of findAll(doc, sentence, CAUSED_BY_PARTY)) {
      found.push({ sentence, party: 'other', start: m.start, end: m.end, message: '' });
    }
    sentence.clauses.forEach((clause, i) => {
      if (blamesParty(doc, sentence, clause)) {
        const thing = clause.actor === 'thing' || (clause.passive && clause.byActor === 'thing');
        found.push({ sentence, party: 'other', ...(thing ? { machine: true } : {}), ...clauseSpan(doc, clause), message: '' });
      }
      else if (blamesCustomer(doc, clause, sentence.clauses[i + 1])) found.push({ sentence, party: 'customer', ...clauseSpan(doc, clause), message: '' });
    });
  }
  return found;
});

