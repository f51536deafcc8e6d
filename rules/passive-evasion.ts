// passive-evasion: an agentless passive that hides who failed.
import type { AnalysedDocument, Clause, Finding, Rule, Sentence } from '../src/types.js';
import { CHARGE_NOUNS, STRONG_REMEDY_VERBS, WRONGNESS } from './lexicon/acts.js';
import { ownedNear, ownershipStatements } from './lib/ownership.js';
import { clauseSpan, clauseText, quote, writerSentences } from './lib/text.js';

/** Participles that name a failure by themselves. */
const HARM_PARTICIPLES = new Set([
  'lose', 'damage', 'miss', 'delay', 'cancel', 'overlook', 'mislay', 'misplace', 'expose', 'delete', 'wipe',
  'break', 'reschedule', 'relocate', 'decline', 'refuse', 'ignore', 'forget', 'leave', 'overbook', 'overcharge',
  'block', 'mishandle', 'misdirect', 'misroute', 'neglect', 'drop', 'corrupt', 'leak', 'bump', 'strand', 'disconnect',
  'suspend', 'double-charge', 'misinform', 'mislabel', 'misread',
]);
const REMEDY_PARTICIPLES = new Set([
  ...STRONG_REMEDY_VERBS, 'issue', 'dispatch', 'fix', 'resolve', 'roll', 'deliver', 'pack', 'seal', 'check', 'review',
  'process', 'approve', 'credit', 'refund', 'post', 'arrange', 'schedule', 'confirm', 'escalate', 'prepare', 'update',
]);

function hidesAgent(doc: AnalysedDocument, clause: Clause, next: Clause | undefined): boolean {
  if (!clause.passive || clause.byActor !== null || !clause.verb) return false;
  const root = clause.verb.root;
  const text = clauseText(doc, clause);
  const subject = clause.subject.map((t) => t.word).join(' ');
  if (REMEDY_PARTICIPLES.has(root) && !WRONGNESS.test(text)) return false;
  // "The late fee has been removed": a charge taken off is the repair, whatever "late" says.
  if ((REMEDY_PARTICIPLES.has(root) || root === 'remove') && CHARGE_NOUNS.test(subject)) return false;
  if (root === 'make') return /\b(?:mistakes?|errors?)\b/.test(subject) || /\b(?:public|publicly|accessible|available|visible)\b/i.test(text);
  // "Errors were introduced", or "These were introduced" after a sentence about the errors.
  const before = doc.masked.slice(Math.max(0, (doc.tokens[clause.first]?.start ?? 0) - 80), doc.tokens[clause.first]?.start ?? 0);
  if (root === 'introduce') return /\b(?:errors?|bugs?|mistakes?|problems?|issues?)\b/.test(subject) || (/^(?:these|they|it|this)$/.test(subject) && /\b(?:errors?|bugs?|mistakes?)\b/i.test(before));
  if (root === 'learn' || root === 'learnt') return /\blessons?\b/.test(subject);
  if (HARM_PARTICIPLES.has(root)) return true;
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
      if (sentence.question || ownedNear(doc, sentence, owned)) continue;
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
