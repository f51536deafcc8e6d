// Detectors for the parts of an apology that rules share: ownership of the
// failure, a repair of the harm, a step against a repeat, and empathy. Each
// reads clauses (who, tense, negation, condition) before it reads words.
import type { AnalysedDocument, Clause, Sentence, Token } from '../../src/types.js';
import {
  ACT_VERBS, CHANGE_VERBS, COGNITION, EMOTION, ERROR_VERBS, FORWARD_MARKERS, HARM_ENDED,
  NEXT_STEP, PREVENTIVE_VERBS, REMEDY_NOUNS, REMEDY_VERBS, STRONG_REMEDY_VERBS, VAGUE_PROMISE, WRONGNESS,
} from '../lexicon/acts.js';
import { apologyForms } from './apology.js';
import { perDocument } from './memo.js';
import { hedgesIn } from './hedges.js';
import { clauseText, clauseTokens, findAll, negatedBefore, writerSentences, type Match } from './text.js';

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

export function isHedged(doc: AnalysedDocument, sentence: Sentence): boolean {
  return hedgesIn(doc, sentence).length > 0;
}

const rootOf = (clause: Clause): string => clause.verb?.root ?? '';
const isAuxiliaryWord = (t: Token): boolean => /^(?:have|has|had|'ve|is|are|am|was|were|be|been|do|does|did|will|'ll|would|can|could|should|may|might|must)$/.test(t.word);
const hasWord = (tokens: Token[], words: string[]): boolean => tokens.some((t) => words.includes(t.word));

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

function spanOf(doc: AnalysedDocument, clause: Clause): { start: number; end: number } {
  const tokens = clauseTokens(doc, clause).filter((t) => t.text !== '');
  return { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 };
}

/** Does this sentence (or one right beside it) own the failure? */
export function ownedNear(doc: AnalysedDocument, sentence: Sentence, owned: Ownership[]): boolean {
  return owned.some((o) => Math.abs(o.sentence.index - sentence.index) <= 1);
}

const SEND_VERBS = new Set(['send', 'ship', 'post', 'deliver', 'courier', 'dispatch', 'bring', 'give', 'mail', 'email']);
const IMPERATIVE_START = /^\W*(?:please|just|kindly|simply|feel free to|do|don['’]t)\b/i;
const MODAL_DOUBT = new Set(['may', 'might', 'could', 'would', 'should', 'must']);
const DOUBT_WORDS = ['possibly', 'probably', 'perhaps', 'hopefully', 'maybe', 'likely'];

function isImperative(doc: AnalysedDocument, clause: Clause): boolean {
  const tokens = clauseTokens(doc, clause).filter((t) => t.text !== '');
  const lead = tokens.find((t) => !['and', 'then', 'so', 'but'].includes(t.word));
  if (!lead) return false;
  return IMPERATIVE_START.test(lead.text) || (clause.subject.length === 0 && clause.actor === 'none' && !!clause.verb && lead === clause.verbs[0] && lead.tags.has('Infinitive'));
}

/** Is this clause a repair of the harm, done or committed? */
export function clauseRepairs(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || clause.negated || sentence.question) return false;
  // "You'll receive a full refund", "you have been credited £20": the customer on the receiving end.
  const receives = clause.actor === 'customer' && (/^(?:receive|get|be)$/.test(clause.verb?.root ?? '') || clause.passive) && clause.modal !== 'can';
  if ((clause.actor === 'customer' && !receives) || isImperative(doc, clause)) return false;
  if (clause.modal && MODAL_DOUBT.has(clause.modal)) return false;
  if (clause.modal === 'can' && clause.actor !== 'writer') return false;
  const tokens = clauseTokens(doc, clause);
  if (hasWord(tokens, DOUBT_WORDS)) return false;
  const text = clauseText(doc, clause);
  if (/\bhope|wish|want|would like|like to\b/i.test(clause.verbs.map((t) => t.word).join(' '))) return false;
  const root = rootOf(clause);
  const done = clause.tense === 'past' || clause.tense === 'perfect' || clause.tense === 'future' || clause.verbs.some((t) => t.tags.has('Gerund'));
  if (HARM_ENDED.test(text)) return true;
  // "Here is a voucher for £25", "attached is a corrected quote".
  if (/\b(?:here(?:['’]s| is| are)|attached (?:is|are)|please find|enclosed (?:is|are))\b/i.test(text) && REMEDY_NOUNS.test(text)) return true;
  if (!clause.verb) return false;
  if (STRONG_REMEDY_VERBS.has(root)) return done || clause.tense === 'present';
  // "We rolled back the change at 10:41": undoing the cause ends the harm.
  if (root === 'roll' && /\bback\b/i.test(text) && done) return true;
  // "Refunds will be processed within five days": a passive whose subject is the repair.
  if (clause.passive && !receives) return done && REMEDY_NOUNS.test(doc.masked.slice(doc.tokens[clause.first]?.start ?? 0, clause.verbs[0]?.start ?? 0));
  if (receives) return done && REMEDY_NOUNS.test(text);
  // "I've sent the right pair", "we'll deliver a fresh bouquet": sending what should have come.
  if (SEND_VERBS.has(root) && done && clause.actor !== 'third-party' && /\b(?:right|correct|replacement|new|fresh|spare|missing)\b/i.test(text)) return true;
  // A third party's act is news, not the writer's repair ("the bank took a day to credit it").
  if (REMEDY_VERBS.has(root) && done && clause.actor !== 'third-party' && REMEDY_NOUNS.test(text)) return true;
  if ((clause.tense === 'future' || /\b(?:i|we)['’]m going to\b/i.test(text)) && NEXT_STEP.test(text)) return true;
  return false;
}

export const remedyStatements = perDocument((doc: AnalysedDocument): Array<{ sentence: Sentence; clause: Clause }> => {
  const found: Array<{ sentence: Sentence; clause: Clause }> = [];
  for (const sentence of writerSentences(doc)) {
    if (isHedged(doc, sentence) && !sentence.clauses.some((c) => HARM_ENDED.test(clauseText(doc, c)))) continue;
    for (const clause of sentence.clauses) if (clauseRepairs(doc, clause, sentence)) found.push({ sentence, clause });
  }
  return found;
});

const STRONG_FORWARD = /\b(?:so (?:that )?(?:this|it|no|every|each|any|we|you|our|the|a|nobody|no one)\b|now\b|from now on|in future|in the future|going forward|again\b|whenever|every|each)/i;
const FROM_NOW = /\b(?:from (?:now on|today|this (?:week|month|weekend|year)|next (?:week|month|year|season|time)|tomorrow|then on)|since (?:then|that day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|going forward|for next (?:year|season|time)|in future|in the future)\b/i;

/** A concrete step against a repeat: "we've added a second check", "we now print every request". */
function clausePrevents(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || sentence.question || clause.actor === 'customer' || isImperative(doc, clause)) return false;
  if (!clause.verb || rootOf(clause) === 'be') return false;
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
  if (fromNow && ruleFromNow && (forwardLooking || clause.tense === 'present')) return true;
  // "We now print every table request", "servers now confirm allergies".
  const nowBefore = tokens.some((t, i) => t.word === 'now' && tokens[i + 1] === clause.verbs.find((v) => !isAuxiliaryWord(v)));
  const everyTime = /\b(?:every|each|all|any|always|automatically|before|whenever)\b/i.test(text);
  const doing = !['be', 'have', 'do'].includes(root) && !clause.verb.tags.has('Copula');
  if (clause.tense === 'present' && !clause.negated && doing && (nowBefore || (/\bnow\b/i.test(text) && everyTime))) return true;
  if (clause.passive && clause.byActor !== 'writer') return false;
  if (clause.negated && !/\b(?:until|unless|without)\b/i.test(text)) return false;
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
      if (clausePrevents(doc, clause, sentence) && !VAGUE_PROMISE.test(clauseText(doc, clause))) concrete.push({ sentence, clause });
    }
  }
  return { concrete, vague };
});

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
    // "I can see the appointment was moved" reads a record; "I can see how…" acknowledges.
    if (/^(?:see|get)$/.test(cognition.word) && !/^\s*(?:how|why|what)\b/i.test(doc.masked.slice(cognition.end, sentence.end))) return false;
    // What is understood: the rest of the sentence after the verb.
    const object = doc.masked.slice(cognition.end, sentence.end);
    if (GENERIC_OBJECT.test(object)) return false;
    const words = object.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const aboutThem = YOU.test(object);
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
/** "the wasted afternoons", "the lost sales": the customer's loss named as a thing. */
const LOST_TIME = /\b(?:wasted|lost) (?:\w+ )?(?:hours?|afternoons?|mornings?|evenings?|days?|weeks?|time|money|sales|work|sleep|weekend)\b/i;
/** A customer who waited, paid, lost or went without because of the failure. */
const CUSTOMER_COST =
  /\b(?:you|many of you|some of you)(?:['’]?ve| have| had|['’]?d| were| all)?\s+(?:\w+\s+){0,3}?(?:waited|spent|lost|missed|had to|took|paid|chased|went without|were left|were stuck|ended up|been without|had no|couldn['’]?t|could not|were without|were worried|carried|needed|planned|wanted|had planned|had chosen|relied|rely|booked)\b/i;

const GENERIC_OBJECT = /^\s*(?:that\s+)?(?:your|the|any|this|that)?\s*(?:concerns?|frustration|disappointment|feelings?|position|situation|point|patience|inconvenience|trouble|confusion|complaint|feedback|understanding|business|loyalty|custom)\b/i;

/** "You lost a day's pay", "it cost you a morning off work", "that meant two days without your tablets". */
function statesImpact(doc: AnalysedDocument, sentence: Sentence, text: string): boolean {
  const conditional = sentence.clauses.some((c) => c.conditional);
  if (!conditional && (CUSTOMER_COST.test(text) || LOST_TIME.test(text))) return true;
  return sentence.clauses.some((clause) => {
    // "the heaters should have kept you warm" is a claim about the harm, not an acknowledgment of it.
    if (clause.conditional || clause.tense === 'future' || clause.modal) return false;
    const words = clauseText(doc, clause);
    // "it cost you…", "it left you…", "that meant…", "it spoiled…", "a real blow".
    if (/\b(?:cost|left|kept|forced|stopping|stopped)\s+(?:\w+\s+){0,2}?(?:you|many of you|some of you)\b/i.test(words)) return true;
    if (/\b(?:meant|spoil\w*|ruin\w*)\b/i.test(words) && YOU.test(words)) return true;
    return /\b(?:a real (?:blow|pain|letdown|worry|shock)|a shock|letdown|let-down)\b/i.test(words);
  });
}
