// blame-shifting: fault placed on the customer, a third party, a tool or one
// colleague, and not owned by the writer in that sentence or the next to it.
import type { AnalysedDocument, Clause, Finding, Rule, Sentence } from '../src/types.js';
import { CHARGE_NOUNS, WRONGNESS } from './lexicon/acts.js';
import { CAUSED_BY_PARTY, CUSTOMER_ACTS, CUSTOMER_DUTIES, CUSTOMER_WRONG, CUSTOMER_FAULT, FAILURE_EVENT, FAULT_VERBS, PARTY_NOUN } from './lexicon/blame.js';
import { ownedNear, ownershipStatements } from './lib/ownership.js';
import { perDocument } from './lib/memo.js';
import { likeliest, sentencesThat } from './lib/acts.js';
import { actWords } from '../src/analysis/acts/index.js';
import { wordClasses } from '../src/analysis/acts/wordnet.js';
import { clauseAt, clauseSpan, clauseText, findAll, quote, writerSentences } from './lib/text.js';

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
  if (actor === 'third-party' && (clause.tense === 'past' || clause.tense === 'perfect') && FAILURE_EVENT.test(text)) return true;
  // A fault verb says what went wrong when it tells what happened (past), or what keeps happening ("he kept cancelling").
  // "Jens misread the sheet": with a singular subject, a present form would end in -s, so this is the past.
  const singular = clause.subject.length > 0 && !clause.subject.some((t) => ['they', 'we', 'you', 'i'].includes(t.word) || t.tags.has('Plural'));
  const bareForm = clause.tense === 'present' && clause.verbs.length === 1 && !!clause.verb && !/s$/.test(clause.verb.word) && singular;
  const happened = clause.tense === 'past' || clause.tense === 'perfect' || bareForm || clause.verbs.some((t) => t.tags.has('Gerund'));
  return isFaultVerb(root) && happened;
}

/** WordNet's verbs of failing, beside the list: mistake, misjudge, botch, mishandle, overlook, omit, impair… */
const FAULT_CLASSES = ['@err', '@fail', '@forget', '@neglect', '@damage', '@break', '@lose'];
const isFaultVerb = (root: string): boolean => FAULT_VERBS.has(root) || wordClasses(root, 'v').some((c) => FAULT_CLASSES.includes(c));

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

/** Every blaming phrase with the sentence it sits in, owned or not. */
export const blamePhrases = perDocument((doc: AnalysedDocument) => {
  const found: Array<Finding & { sentence: Sentence; party: 'customer' | 'other' }> = [];
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
    for (const m of findAll(doc, sentence, CAUSED_BY_PARTY)) {
      found.push({ sentence, party: 'other', start: m.start, end: m.end, message: '' });
    }
    sentence.clauses.forEach((clause, i) => {
      if (blamesParty(doc, sentence, clause)) found.push({ sentence, party: 'other', ...clauseSpan(doc, clause), message: '' });
      else if (blamesCustomer(doc, clause, sentence.clauses[i + 1])) found.push({ sentence, party: 'customer', ...clauseSpan(doc, clause), message: '' });
    });
  }
  return found;
});

/**
 * How sure the act model must be of blame the grammar did not find ("the
 * system's fault", "down to the warehouse team"). Chosen on the dev corpus,
 * the real corpus and a held-out set together.
 */
const MODEL_THRESHOLD = 0.9;

function modelBlame(doc: AnalysedDocument): Array<Finding & { sentence: Sentence; party: 'customer' | 'other' }> {
  return sentencesThat(doc, ['blame-party', 'blame-customer'], MODEL_THRESHOLD).map((sentence) => {
    const act = likeliest(sentence, ['blame-party', 'blame-customer']);
    return { sentence, party: act === 'blame-customer' ? 'customer' : 'other', ...actWords(sentence, act), message: '' };
  });
}

const rule: Rule = {
  meta: {
    id: 'blame-shifting',
    description: 'Fault placed on the customer, a third party, a tool or one colleague, and never owned.',
    kind: 'pattern',
    defaultSeverity: 'error',
    weight: 20, // and the draft is poor, whatever else it holds
    poor: true,
    docs: {
      description:
        'The customer chose you, not your courier, supplier or software. Blaming them (or the customer) reads as ' +
        'a refusal to take responsibility. Own the choice you made and say what you will do; naming a party is fine ' +
        'when you own the failure in the same sentence or the one next to it.',
      bad: 'The courier lost your parcel.',
      good: 'We chose a courier that lost your parcel, and that is on us: a replacement leaves today.',
    },
  },
  check(doc) {
    const owned = ownershipStatements(doc);
    const seen = new Set<number>();
    const findings: Finding[] = [];
    for (const phrase of [...blamePhrases(doc), ...modelBlame(doc)]) {
      if (seen.has(phrase.sentence.index)) continue;
      if (phrase.party === 'other' && ownedNear(doc, phrase.sentence, owned)) continue;
      seen.add(phrase.sentence.index);
      const words = doc.text.slice(phrase.start, phrase.end);
      findings.push(
        phrase.party === 'customer'
          ? {
              start: phrase.start,
              end: phrase.end,
              message: `Puts the fault on the customer: ${quote(words)}. Customers remember being blamed long after the refund.`,
              suggestion: 'Drop the advice to the customer and say what you will change so it cannot happen again.',
            }
          : {
              start: phrase.start,
              end: phrase.end,
              message: `Blames someone else for the failure: ${quote(words)}, and nothing near it takes responsibility.`,
              suggestion: `Own it in the same sentence: “${words.replace(/\s+/g, ' ').replace(/[.,;:]$/, '')}, and that is on us: we chose them.” Then say what you are doing about it.`,
            },
      );
    }
    return findings;
  },
};
export default rule;
