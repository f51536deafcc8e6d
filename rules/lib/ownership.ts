// Ownership: a plain first-person statement of what the writer did wrong.
import type { AnalysedDocument, Clause, Sentence } from '../../src/types.js';
import { ACT_VERBS, ERROR_VERBS, WRONGNESS } from '../lexicon/acts.js';
import { apologyForms } from './apology.js';
import { hasWord, isHedged, rootOf, spanOf } from './clause.js';
import { perDocument } from './memo.js';
import { clauseText, clauseTokens, findAll, negatedBefore, writerSentences } from './text.js';

/** Fault owned in words: "that was our mistake", "that's on me", "we take full responsibility". */
export const FAULT_OWNED =
  /\b(?:(?:my|our) (?:own )?(?:\w+ )?(?:fault|mistake|error|oversight|failure|failures|failing|bug|doing|responsibility|decision|bad|typo|slip|blunder|lapse|misreading|misunderstanding|screw-up|mess-up)|(?:a |an )?(?:mistake|error|failure|fault|oversight) (?:on|at) (?:our|my) (?:side|part|end)|(?:\b(?:is|was|are|were|be)|['’]s) (?:all |entirely |completely |squarely |totally )?(?:on|down to) (?:me|us)\b|(?:fault|mistake|error|failure|responsibility) (?:was|is|lies) (?:mine|ours|with (?:me|us))|(?:was|is|were|it's|that's) (?:all |entirely |completely )?(?:mine|ours)\b|(?:I|we) (?:take|accept|own|bear) (?:full |complete |total |all )?(?:the )?(?:responsibility|blame|ownership)|(?:I|we) (?:was|were) (?:wrong|careless|at fault|to blame)|(?:wrong|careless|thoughtless|unfair) of (?:me|us)|(?:that|this|it) was wrong|(?:I|we) (?:got|have got|'ve got) (?:\w+ ){0,5}?wrong|(?:I|we)(?: have|'ve)? (?:let|failed) (?:you|your \w+)(?: down)?|no excuse (?:for|,|:|;)|(?:I|we)(?: have|'ve)? caused|(?:I|we)(?: have|'ve)? made (?:a |an |the |this |one |two |several |some |a few )?(?:\w+ )?(?:mistake|mistakes|error|errors|mess|blunder)|(?:I|we) (?:messed|screwed|slipped) up|(?:I|we) dropped the ball|(?:I|we) (?:should|shouldn['’]t) have|should not have)\b/i;
/** Verbs of duty that, negated in the past, admit a failure: "we didn't check". */
const DUTY_VERBS = new Set([
  'check', 'test', 'tell', 'update', 'read', 'send', 'turn', 'call', 'book', 'notify', 'inform', 'reply', 'respond',
  'follow', 'sign', 'confirm', 'ring', 'phone', 'chase', 'show', 'get', 'deliver', 'pass', 'warn', 'give', 'let',
  'process', 'ship', 'include', 'contact', 'answer', 'listen', 'keep', 'honour', 'honor', 'secure', 'schedule',
  'catch', 'spot', 'see', 'notice', 'review', 'verify', 'do', 'make', 'arrive', 'come', 'fix', 'act', 'record',
  'flag', 'escalate', 'return', 'refund', 'post', 'file', 'mention', 'explain', 'label', 'pack', 'train', 'plan',
]);
const FILLER_FORGET = /\bforg[eo]t\w* to (?:mention|say|add that|include that|tell you that|ask)\b/i;



/** Does the clause, with the writer as subject, state a failing act? */
export function clauseOwnsFailure(doc: AnalysedDocument, clause: Clause): boolean {
  if (clause.actor !== 'writer' || clause.conditional) return false;
  const text = clauseText(doc, clause);
  const tokens = clauseTokens(doc, clause);
  const root = rootOf(clause);
  const past = clause.tense === 'past' || clause.tense === 'perfect';
  if (/\bdouble[- ]?(?:book|charg|bill)\w*|\bover(?:book|charg|bill)\w*/i.test(text) && past && !clause.negated) return true;
  if (clause.negated) {
    // "we didn't check", "I never told you", "we hadn't told you".
    return past && clause.modal === '' && (DUTY_VERBS.has(root) || hasWord(tokens, ['told', 'checked', 'tested']));
  }
  if (!past) return false;
  if (clause.modal && clause.modal !== 'should') return false;
  if (clause.modal === 'should') return hasWord(clause.verbs, ['have']);
  if (ERROR_VERBS.has(root)) {
    if (FILLER_FORGET.test(text)) return false;
    if (['let', 'mess', 'mix', 'screw', 'blow'].includes(root)) return /\b(?:down|up)\b/i.test(text);
    if (root === 'drop') return /\bball\b/i.test(text);
    if (root === 'cut') return /\boff\b/i.test(text) && WRONGNESS.test(text);
    if (root === 'reset' || root === 'refuse' || root === 'decline' || root === 'block') return true;
    return true;
  }
  if (ACT_VERBS.has(root) || clause.verb?.tags.has('PastTense')) return WRONGNESS.test(text);
  return false;
}

export interface Ownership {
  sentence: Sentence;
  start: number;
  end: number;
}

/** Plain first-person statements of responsibility, sentence by sentence. */
export const ownershipStatements = perDocument((doc: AnalysedDocument): Ownership[] => {
  const found: Ownership[] = [];
  const forms = apologyForms(doc);
  for (const sentence of writerSentences(doc)) {
    if (sentence.question || isHedged(doc, sentence)) continue;
    const phrase = findAll(doc, sentence, FAULT_OWNED).find((m) => {
      const before = doc.masked.slice(sentence.start, m.start);
      if (negatedBefore(before)) return false;
      const clause = sentence.clauses.find((c) => (doc.tokens[c.first]?.start ?? 0) <= m.start && m.start <= (doc.tokens[c.last]?.end ?? 0));
      return !clause?.conditional;
    });
    if (phrase) {
      found.push({ sentence, start: phrase.start, end: phrase.end });
      continue;
    }
    const act = sentence.clauses.find((c) => clauseOwnsFailure(doc, c));
    if (act) {
      found.push({ sentence, ...spanOf(doc, act) });
      continue;
    }
    // "I'm sorry we blocked your card": the apology names the writer's own act.
    const apology = forms.find((f) => f.sentence === sentence && f.kind === 'real');
    if (apology) {
      const named = sentence.clauses.find(
        (c) =>
          c.actor === 'writer' &&
          (doc.tokens[c.first]?.start ?? 0) >= apology.start &&
          (c.tense === 'past' || c.tense === 'perfect') &&
          !c.conditional &&
          !['be', 'have', 'do'].includes(rootOf(c)) &&
          (c.modal === '' || c.modal === 'should'),
      );
      if (named) found.push({ sentence, ...spanOf(doc, named) });
    }
  }
  return found;
});

/** Does this sentence (or one right beside it) own the failure? */
export function ownedNear(doc: AnalysedDocument, sentence: Sentence, owned: Ownership[]): boolean {
  return owned.some((o) => Math.abs(o.sentence.index - sentence.index) <= 1);
}
