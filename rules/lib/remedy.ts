// Remedy: the harm repaired for this customer, done or committed.
import { cue } from '../lexicon/cues.js';
import type { AnalysedDocument, Clause, Sentence, Token } from '../../src/types.js';
import { CHARGE_NOUNS, ERROR_VERBS, HARM_ENDED, NEXT_STEP, NOT_A_REPAIR, REMEDY_NOUNS, REMEDY_VERBS, SOON, STRONG_REMEDY_VERBS, WRONGNESS } from '../lexicon/acts.js';
import { doubtIn, hasWord, isFailureNoun, isImperative, MODAL_DOUBT, rootOf, spanOf } from './clause.js';
import { perDocument } from './memo.js';
import { wordClasses } from '../../src/analysis/acts/wordnet.js';
import { clauseText, clauseTokens, writerSentences } from './text.js';

const WAITS_ON_CUSTOMER =
  cue('waits-on-customer');
/** Adverbs of doubt that undo a commitment ("we will possibly refund"). */
const DOUBT_WORDS = ['possibly', 'probably', 'perhaps', 'hopefully', 'maybe', 'likely'];
/** A fix said to stop a repeat ("so it won't happen again", "so cancellations go through"), not to mend the harm done. */
const REPEAT = /\b(?:again|recur\w*|repeat\w*|in future|in the future|from now on|going forward|prevent\w*|so (?:that )?(?:it|this) (?:can(?:no|')t|won['’]t|doesn['’]t|does not|will not))\b/i;
const RELEASE_VERBS = new Set(['release', 'publish', 'push', 'deploy', 'ship', 'tag', 'yank', 'merge', 'roll', 'cut', 'upload']);
/** What a release verb must carry to be the repaired release: a version, a fix, a tag. */
const RELEASED = /\b(?:v?\d+\.\d+(?:\.\d+)?\w*|fix(?:es|ed)?|hotfix|patch(?:ed|es)?|release|versions?|tag|build|correction|pr|pull request)\b/i;
/** Verbs of stopping or taking away: a repair when their object is what does the harm, a failure when it is the customer's. */
const END_HARM_VERBS = new Set([
  'remove', 'mute', 'disable', 'revoke', 'end', 'stop', 'revert', 'undo', 'unpublish', 'withdraw', 'pull', 'delete',
  'drop', 'cancel', 'block', 'suspend', 'lift', 'rotate', 'purge', 'kill', 'halt', 'pause', 'ban', 'take', 'turn',
  'switch', 'shut', 'invalidate', 'reset', 'clear', 'unblock', 'roll',
]);
/** What such a verb must not act on: the customer's own things, or the way of working (that is prevention). */
const NOT_THE_HARM = /^\W*(?:\w+\s+){0,1}?(?:your|you|his|her|their)\b|\b(?:process|procedures?|policy|policies|checks?|training|rota|workflow|system)\b/i;

/**
 * "unban", "unlock", "unsuspend", "undelete": un- before a verb of harm
 * (the lists here, WordNet's verbs of damaging and losing) takes the harm back.
 */
function undoesHarm(root: string): boolean {
  const base = /^un(.{3,})$/.exec(root)?.[1];
  if (!base) return false;
  return END_HARM_VERBS.has(base) || ['lock', 'suspend', 'delete', 'ban', 'freeze', 'block', 'list', 'hide', 'mute'].includes(base) || wordClasses(base, 'v').some((c) => c === '@damage' || c === '@lose');
}

/**
 * "Fix the regression by counting…", "Revert the bad default": the imperative
 * of a commit message or patch says what the change does. Only a repair verb
 * on a failure, with no "you" anywhere: "fix it by restarting your router" is
 * an instruction to the customer.
 */
const PATCH_VERBS = new Set(['fix', 'revert', 'restore', 'correct', 'repair', 'undo']);
function patchSubject(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (!PATCH_VERBS.has(rootOf(clause)) || !isImperative(doc, clause)) return false;
  if (sentence.tokens.some((t) => ['you', 'your', 'yours'].includes(t.word))) return false;
  const object = clauseTokens(doc, clause).filter((t) => t.index > (clause.verb?.index ?? Infinity)).slice(0, 4);
  return object.some((t) => isFailureNoun(t) || (t.tags.has('Noun') && t.root === 'regression'));
}

/** The words after the clause's verb group: its object and what follows. */
function objectText(doc: AnalysedDocument, clause: Clause): string {
  const after = clause.verbs[clause.verbs.length - 1]?.end ?? 0;
  return doc.masked.slice(after, doc.tokens[clause.last]?.end ?? after);
}

function endsHarm(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  const object = objectText(doc, clause);
  // A charge taken off ("the duplicate charge from your account") is a repair, however wrong it was.
  const charge = CHARGE_NOUNS.test(object);
  if (object.trim() === '' || (!charge && (NOT_THE_HARM.test(object) || WRONGNESS.test(object)))) return false;
  // "we deleted the photos you sent": the customer's things, wherever they are named.
  if (/\b(?:you|your|yours)\b/i.test(object) && !charge) return false;
  // "take down", "turn off", "roll back": only with the particle that makes them stop something.
  if (['take', 'turn', 'switch', 'shut', 'roll'].includes(rootOf(clause)) && !/\b(?:down|off|back)\b/i.test(clauseText(doc, clause))) return false;
  return !REPEAT.test(doc.masked.slice(sentence.start, sentence.end));
}

const EVERY_CHARGE_NOUN = new RegExp(CHARGE_NOUNS.source, 'gi');
/** Verbs that lay a cost on the customer or keep what was theirs. */
const CHARGING_VERBS = new Set(['charge', 'bill', 'invoice', 'keep', 'retain', 'withhold', 'deduct', 'cost', 'take']);
const SEND_VERBS = new Set(['send', 'ship', 'post', 'deliver', 'courier', 'dispatch', 'bring', 'give', 'mail', 'email']);
/** Is this clause a repair of the harm, done or committed? */
export function clauseRepairs(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || clause.negated || sentence.question) return false;
  // "You'll receive a full refund", "you have been credited £20": the customer on the receiving end.
  const receives = clause.actor === 'customer' && (/^(?:receive|get|be)$/.test(clause.verb?.root ?? '') || clause.passive) && clause.modal !== 'can';
  if (patchSubject(doc, clause, sentence)) return true;
  if ((clause.actor === 'customer' && !receives) || isImperative(doc, clause)) return false;
  if (clause.modal && MODAL_DOUBT.has(clause.modal)) return false;
  // "We can resend it" is an offer, and "once you pay the postage" a condition: neither commits.
  if (clause.modal === 'can') return false;
  const tokens = clauseTokens(doc, clause);
  if (hasWord(tokens, DOUBT_WORDS)) return false;
  const text = clauseText(doc, clause);
  if (/\bhope|wish|want|would like|like to\b/i.test(clause.verbs.map((t) => t.word).join(' '))) return false;
  const root = rootOf(clause);
  const lower = text.toLowerCase();
  // A team's own remedies from configuration ("rain check", "loyalty points") count as remedy nouns.
  const remedyNoun = REMEDY_NOUNS.test(text) || doc.remedyWords.some((w) => lower.includes(w));
  const done = clause.tense === 'past' || clause.tense === 'perfect' || clause.tense === 'future' || clause.verbs.some((t) => t.tags.has('Gerund'));
  if (HARM_ENDED.test(text)) return true;
  // "Here is a voucher for £25", "attached is a corrected quote".
  if (/\b(?:here(?:['’]s| is| are)|attached (?:is|are)|please find|enclosed (?:is|are))\b/i.test(text) && remedyNoun) return true;
  if (!clause.verb) return false;
  // "We are recovering from the outage": the writer mending itself, not the customer's harm.
  if (STRONG_REMEDY_VERBS.has(root) || undoesHarm(root)) return (done || clause.tense === 'present') && !/^\s*from\b/i.test(objectText(doc, clause));
  // "We were able to rectify it": the act done is the one after "able to".
  const able = /\b(?:was|were|have been|has been)\s+able\s+to\s+(\w+)/i.exec(text)?.[1]?.toLowerCase();
  if (root === 'be' && able && STRONG_REMEDY_VERBS.has(able.replace(/e?s$/, '')) && clause.actor === 'writer') return true;
  // "Taking care of it now", "I'll take care of this today": the writer takes the repair on.
  if (root === 'take' && clause.actor === 'writer' && /\btak\w* care of (?:it|this|that|the \w+)\b/i.test(text) && (clause.tense === 'future' || /\b(?:now|today|right away|straight away)\b/i.test(text))) return true;
  // "Will fix shortly", "fixed it in 2.3.1": mending what is broken now; a fix against a repeat is prevention.
  if (root === 'fix' && done && clause.actor === 'writer' && !REPEAT.test(doc.masked.slice(sentence.start, sentence.end)) && !sentence.clauses.some((c) => c.first > clause.first && c.opener === 'so')) return true;
  // "We ended all open sessions", "muted the bot", "pulled the bad build": the writer stops what is doing the harm.
  if (END_HARM_VERBS.has(root) && done && clause.actor === 'writer' && endsHarm(doc, clause, sentence)) return true;
  // "I will enter a request for your refund", "we'll arrange a replacement": the repair named as the act's object.
  // Not a failing act ("we lost the free sample") nor a charge laid on ("we charged you a fee"): a fee is a repair only when taken off.
  const repairObject = objectText(doc, clause).replace(EVERY_CHARGE_NOUN, '');
  if (done && clause.actor === 'writer' && !NOT_A_REPAIR.has(root) && !ERROR_VERBS.has(root) && !CHARGING_VERBS.has(root) && REMEDY_NOUNS.test(repairObject) && !/\b(?:hope|wish|want|would like|like to|offer|ask|request)\b/i.test(root)) return true;
  // "Pushed the 3.0.10 tag", "I will release new versions": the repaired release, out.
  if (RELEASE_VERBS.has(root) && done && clause.actor === 'writer' && RELEASED.test(text)) return true;
  // "We rolled back the change at 10:41": undoing the cause ends the harm.
  if (root === 'roll' && /\bback\b/i.test(text) && done) return true;
  // "Refunds will be processed within five days": a passive whose subject is the repair.
  if (clause.passive && !receives) {
    // "the late fee was applied by the system": a charge laid on the customer is the harm, not its repair.
    const subject = doc.masked.slice(doc.tokens[clause.first]?.start ?? 0, clause.verbs[0]?.start ?? 0);
    if (CHARGE_NOUNS.test(subject) && !['remove', 'cancel', 'drop', 'lift'].includes(root)) return false;
    return done && REMEDY_NOUNS.test(subject);
  }
  if (receives) return done && remedyNoun;
  // "I've sent the right pair", "we'll deliver a fresh bouquet": sending what should have come.
  if (SEND_VERBS.has(root) && done && clause.actor !== 'third-party' && /\b(?:right|correct|replacement|new|fresh|spare|missing)\b/i.test(text)) return true;
  // A third party's act is news, not the writer's repair ("the bank took a day to credit it").
  if (REMEDY_VERBS.has(root) && done && clause.actor !== 'third-party' && remedyNoun) return true;
  // "I put a credit of £108 on your account": a bare verb that is plainly done, in a non-native hand.
  if (REMEDY_VERBS.has(root) && clause.actor === 'writer' && clause.tense === 'present' && !clause.negated && /[£$€]\s?\d|\bcredit\b|\brefund\b/i.test(text) && !/\b(?:can|could|may|might|would)\b/i.test(text)) return true;
  if ((clause.tense === 'future' || /\b(?:i|we)['’]m going to\b/i.test(text)) && NEXT_STEP.test(text)) return true;
  // "A crew will empty every bin this Thursday": the missed work, done on a named day.
  if (clause.tense === 'future' && !NOT_A_REPAIR.has(root) && SOON.test(text)) return true;
  // "I have sent Maya's report to you securely": what went astray, now sent to the right person.
  if (SEND_VERBS.has(root) && clause.actor === 'writer' && clause.tense === 'perfect' && /\bto you\b|\byou\b/i.test(text) && !WRONGNESS.test(text)) return true;
  // "I have put the street back on the route sheet".
  if (['put', 'move', 'set', 'switch', 'change'].includes(root) && done && /\bback\b/i.test(text)) return true;
  return false;
}

/**
 * "Everyone who is entitled to compensation will receive it", "All affected
 * customers will get a full refund": the repair promised to every customer
 * at once, whose subject the clause reader splits at its relative clause.
 */
const EVERY_CUSTOMER = /^\W*(?:every(?:one|body)?|any(?:one|body)|all|each)\b/i;
function promisedToAll(doc: AnalysedDocument, sentence: Sentence): Clause | undefined {
  const text = doc.masked.slice(sentence.start, sentence.end);
  if (!EVERY_CUSTOMER.test(text) || sentence.clauses.some((c) => c.conditional || c.negated)) return undefined;
  const words = sentence.tokens.map((t) => t.word);
  const will = words.findIndex((w, i) => w === 'will' && ['receive', 'get', 'be'].includes(words[i + 1] ?? ''));
  if (will < 0) return undefined;
  const rest = text.slice((sentence.tokens[will] as Token).start - sentence.start);
  return REMEDY_NOUNS.test(text) || /\bbe (?:refunded|compensated|reimbursed|credited)\b/i.test(rest) ? sentence.clauses[0] : undefined;
}

export const remedyStatements = perDocument((doc: AnalysedDocument): Array<{ sentence: Sentence; clause: Clause }> => {
  const found: Array<{ sentence: Sentence; clause: Clause }> = [];
  for (const sentence of writerSentences(doc)) {
    // Doubt blurs the clause it sits in ("it will possibly be refunded"), or all of a sentence it opens ("It seems…").
    const doubted = doubtIn(doc, sentence);
    // A repair that waits on the customer ("once you pay", "should you confirm") is an offer, not a repair.
    if (WAITS_ON_CUSTOMER.test(doc.masked.slice(sentence.start, sentence.end))) continue;
    const toAll = promisedToAll(doc, sentence);
    if (toAll) found.push({ sentence, clause: toAll });
    for (const clause of sentence.clauses) {
      if (doubted(spanOf(doc, clause).start) && !HARM_ENDED.test(clauseText(doc, clause))) continue;
      if (clauseRepairs(doc, clause, sentence)) found.push({ sentence, clause });
    }
  }
  return found;
});
