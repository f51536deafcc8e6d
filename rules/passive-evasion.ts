// passive-evasion: an agentless passive that hides who failed.
import type { AnalysedDocument, Clause, Finding, Rule, Sentence } from '../src/types.js';
import { CHARGE_NOUNS, STRONG_REMEDY_VERBS, WRONGNESS } from './lexicon/acts.js';
import { ownedNear, ownershipStatements } from './lib/ownership.js';
import { clauseSpan, clauseText, quote, writerSentences } from './lib/text.js';
import { inFaultVerbClass } from './lib/clause.js';

/** Participles that name a failure by themselves. */
const HARM_PARTICIPLES = new Set([
  'lose', 'damage', 'miss', 'delay', 'cancel', 'overlook', 'mislay', 'misplace', 'expose', 'delete', 'wipe',
  'break', 'reschedule', 'relocate', 'decline', 'refuse', 'ignore', 'forget', 'leave', 'overbook', 'overcharge',
  'block', 'mishandle', 'misdirect', 'misroute', 'neglect', 'drop', 'corrupt', 'leak', 'bump', 'strand', 'disconnect',
  'suspend', 'double-charge', 'misinform', 'mislabel', 'misread', 'ban', 'kick', 'lock', 'close', 'overwrite',
]);
/** WordNet's verbs of harming and failing: scratch, dent, crack, mislay, omit… */
const isHarm = (root: string): boolean => HARM_PARTICIPLES.has(root) || inFaultVerbClass(root);
/** Acts that stop a harm: the passive is the repair when what was stopped is not the customer's ("the bot was disabled"). */
const STOPPING = new Set(['disable', 'deactivate', 'pull', 'withdraw', 'halt', 'stop', 'pause', 'revert', 'restore', 'reverse', 'rectify', 'reinstate', 'unblock', 'unban', 'patch', 'correct', 'repair']);
/** Verbs whose negated passive is news, not a failing: "were not affected", "you were not charged". */
const NEGATED_IS_NEWS = new Set(['affect', 'impact', 'charge', 'bill', 'expose', 'harm', 'touch', 'compromise', 'access']);
const REMEDY_PARTICIPLES = new Set([
  ...STRONG_REMEDY_VERBS, 'issue', 'dispatch', 'fix', 'resolve', 'roll', 'deliver', 'pack', 'seal', 'check', 'review',
  'process', 'approve', 'credit', 'refund', 'post', 'arrange', 'schedule', 'confirm', 'escalate', 'prepare', 'update',
]);

/**
 * Agentless passives that hide nothing: a forecast ("the parcel might be
 * delayed"), a state ("your order is delayed"), a harm stopped ("the bot was
 * disabled"), a harm that did not happen ("no card data was exposed").
 */
function tellsNoFailing(clause: Clause, root: string, subject: string): boolean {
  // "Appointments can be cancelled at short notice" still hides who cancels them.
  if (['might', 'may', 'could', 'would', 'will'].includes(clause.modal) && clause.tense !== 'perfect') return true;
  if (clause.tense === 'present' && clause.verbs.some((t) => ['is', 'are', 'am'].includes(t.word)) && !clause.verbs.some((t) => t.word === 'being')) return true;
  if (STOPPING.has(root) && !/\byour\b/i.test(subject)) return true;
  return clause.negated && (isHarm(root) || NEGATED_IS_NEWS.has(root));
}

function hidesAgent(doc: AnalysedDocument, clause: Clause, next: Clause | undefined): boolean {
  if (!clause.passive || clause.byActor !== null || !clause.verb) return false;
  const root = clause.verb.root;
  const text = clauseText(doc, clause);
  const subject = clause.subject.map((t) => t.word).join(' ');
  if (tellsNoFailing(clause, root, subject)) return false;
  if (REMEDY_PARTICIPLES.has(root) && !WRONGNESS.test(text)) return false;
  // "Your data was not properly recorded", "the resume didn't get migrated": an act that should have happened, left out.
  if (clause.negated) return clause.tense === 'past' || clause.tense === 'perfect';
  // "The late fee has been removed": a charge taken off is the repair, whatever "late" says.
  if ((REMEDY_PARTICIPLES.has(root) || root === 'remove') && CHARGE_NOUNS.test(subject)) return false;
  if (root === 'make') return /\b(?:mistakes?|errors?)\b/.test(subject) || /\b(?:public|publicly|accessible|available|visible)\b/i.test(text);
  // "Errors were introduced", or "These were introduced" after a sentence about the errors.
  const before = doc.masked.slice(Math.max(0, (doc.tokens[clause.first]?.start ?? 0) - 80), doc.tokens[clause.first]?.start ?? 0);
  if (root === 'introduce') return /\b(?:errors?|bugs?|mistakes?|problems?|issues?)\b/.test(subject) || (/^(?:these|they|it|this)$/.test(subject) && /\b(?:errors?|bugs?|mistakes?)\b/i.test(before));
  if (root === 'learn' || root === 'learnt') return /\blessons?\b/.test(subject);
  if (isHarm(root)) return true;
  // "a change was deployed that caused…": the next clause says what harm it did.
  if (next && (next.opener === 'that' || next.opener === 'which') && /\b(?:caus|broke|led|result)/i.test(clauseText(doc, next))) return true;
  // "…was started at 7am, an hour earlier than the notice said": an appositive after the comma says what was wrong.
  const appositive = next && next.opener === '' ? clauseText(doc, next) : '';
  return WRONGNESS.test(text) || WRONGNESS.test(appositive);
}

/**
 * How sure the act model must be that an agentless passive the lists do not
 * know ("got routed into spam", "was not properly recorded") hides a failing.
 */
const MODEL_THRESHOLD = 0.7;

/** A real agentless passive (the grammar's reading) that the act model reads as a failing hidden. */
function modelReadsFailing(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (!clause.passive || clause.byActor !== null || !clause.verb || clause.conditional) return false;
  if (REMEDY_PARTICIPLES.has(clause.verb.root) || sentence.acts['hide-agent'] < MODEL_THRESHOLD) return false;
  if (tellsNoFailing(clause, clause.verb.root, clause.subject.map((t) => t.word).join(' '))) return false;
  // The passive of a repair is the repair ("your refund was issued"), whatever else the sentence says.
  return sentence.acts['repair-done'] < 0.5 && !/\b(?:affected|impacted)\b/i.test(clauseText(doc, clause));
}

/** Past tense for the participles where it differs. */
const PAST_OF: Record<string, string> = {
  given: 'gave', taken: 'took', broken: 'broke', forgotten: 'forgot', done: 'did', seen: 'saw', written: 'wrote',
  chosen: 'chose', hidden: 'hid', frozen: 'froze', shown: 'showed', mistaken: 'mistook', stolen: 'stole', begun: 'began',
};
const OBJECT_OF: Record<string, string> = { i: 'me', we: 'us', he: 'him', she: 'her', they: 'them', you: 'you' };

/** "Your order was sent to the wrong address" → "We sent your order to the wrong address." */
function activeVoice(doc: AnalysedDocument, clause: Clause): string | null {
  if (!clause.verb || clause.modal) return null;
  const subject = clause.subject.filter((t) => t.text !== '');
  const first = subject[0];
  const last = subject[subject.length - 1];
  const phrase = first && last ? doc.text.slice(first.start, last.end) : '';
  const object = OBJECT_OF[phrase.toLowerCase()] ?? (first?.tags.has('ProperNoun') ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1));
  const verb = clause.verb.text.toLowerCase();
  const end = clauseSpan(doc, clause).end;
  const rest = doc.text.slice(clause.verb.end, end).replace(/\s+/g, ' ').trimEnd();
  return `We ${PAST_OF[verb] ?? verb}${object ? ` ${object}` : ''}${rest}.`;
}

/** A report's narrative: a timeline line ("18:09 — an alert was raised") or a section on what happened. */
const NARRATIVE_HEADING = /\b(?:timeline|what happened|root cause|incident|summary|details|background|sequence of events)\b/i;
const TIMESTAMP = /^\W*(?:\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;

/**
 * Discourse scope: once the writer has owned the failure, the narration of
 * a report that follows (timeline lines, a "What happened" section) tells how
 * it went, it does not hide who did it.
 */
function narratedAfterOwning(doc: AnalysedDocument, sentence: Sentence, owned: ReturnType<typeof ownershipStatements>): boolean {
  if (!owned.some((o) => o.sentence.index < sentence.index)) return false;
  if (TIMESTAMP.test(doc.masked.slice(sentence.start, sentence.end))) return true;
  for (let i = sentence.index - 1; i >= 0; i--) {
    const before = doc.sentences[i] as Sentence;
    if (before.role === 'heading') return NARRATIVE_HEADING.test(doc.masked.slice(before.start, before.end));
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'passive-evasion',
    description: 'An agentless passive that hides who failed (“mistakes were made”, “you were charged twice”).',
    kind: 'pattern',
    defaultSeverity: 'warn',
    weight: 8,
    docs: {
      description:
        '“Mistakes were made” names no one; readers notice. Put the writer back in as the subject, unless the sentence ' +
        'next to it already owns the failure. Passives about the remedy (“your refund has been issued”) are fine.',
      bad: 'Your order was sent to the wrong address.',
      good: 'We sent your order to the wrong address.',
    },
  },
  check(doc) {
    const owned = ownershipStatements(doc);
    const findings: Finding[] = [];
    for (const sentence of writerSentences(doc)) {
      if (sentence.question || ownedNear(doc, sentence, owned) || narratedAfterOwning(doc, sentence, owned)) continue;
      sentence.clauses.forEach((clause, i) => {
        if (!hidesAgent(doc, clause, sentence.clauses[i + 1]) && !modelReadsFailing(doc, clause, sentence)) return;
        const span = clauseSpan(doc, clause);
        const words = doc.text.slice(span.start, span.end);
        const active = activeVoice(doc, clause);
        findings.push({
          ...span,
          message: `Hides who failed: ${quote(words)} never says who did it.`,
          suggestion: active ? `Say who did it: “${active}”` : 'Say who did it, in the active voice: “We …”.',
        });
      });
    }
    return findings;
  },
};
export default rule;
