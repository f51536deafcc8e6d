// Prevention: a step that stops the failure happening again, or a bare promise that it won't.
import { cue } from '../lexicon/cues.js';
import type { AnalysedDocument, Clause, Sentence, Token } from '../../src/types.js';
import { CHANGE_VERBS, FORWARD_MARKERS, PREVENTIVE_VERBS, REMEDY_NOUNS, STRONG_REMEDY_VERBS, VAGUE_PROMISE } from '../lexicon/acts.js';
import { hasWord, isAuxiliaryWord, isImperative, MODAL_DOUBT, rootOf } from './clause.js';
import { perDocument } from './memo.js';
import { clauseSpan, clauseText, clauseTokens, findAll, writerSentences, type Match } from './text.js';

const STRONG_FORWARD = cue('strong-forward');
const FROM_NOW = cue('from-now');

/**
 * A step named only by its kind: "make improvements", "take steps to ensure",
 * "implement what is needed", "every change and investment needed". The
 * promise of a step, not a step.
 */
const GENERIC_STEP =
  cue('generic-step');
/** What a generic step is for, when it is for nothing named: a repeat, the service, an experience. */
const GENERIC_PURPOSE = cue('generic-purpose');

function genericStep(text: string): boolean {
  const m = GENERIC_STEP.exec(text);
  return !!m && GENERIC_PURPOSE.test(text.slice(m.index + m[0].length));
}

/**
 * "In speaking to many of you": a gerund phrase before the subject does
 * nothing by itself.
 */
const adjunctOnly = (clause: Clause): boolean => clause.actor === 'none' && !clause.passive && clause.verbs.length > 0 && clause.verbs.every((t) => t.tags.has('Gerund'));

/** A concrete step against a repeat: "we've added a second check", "we now print every request". */
function clausePrevents(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || sentence.question || clause.actor === 'customer' || isImperative(doc, clause)) return false;
  if (!clause.verb || adjunctOnly(clause)) return false;
  if (genericStep(clauseText(doc, clause))) return false;
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

/** Verbs of promising to be better without saying how ("we will strive", "I'll learn from this"). */
const PROMISE_ROOTS = new Set(['try', 'strive', 'endeavour', 'endeavor', 'aim', 'improve', 'learn', 'commit', 'ensure']);
/** Verbs that take a step named only by its kind: "made changes", "devise preventive measures". */
const STEP_TAKING = new Set(['make', 'take', 'implement', 'devise', 'introduce', 'put', 'adopt', 'use', 'carry', 'undertake', 'plan', 'do']);

/** "… will be much smoother", "we'll be more careful": a future better, wherever the clause split fell. */
function betterFuture(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.word !== 'will' && t.word !== 'shall') return false;
    if (tokens[i + 1]?.word !== 'be') return false;
    return tokens.slice(i + 2, i + 4).some((u) => u.tags.has('Comparative') || u.word === 'better' || u.word === 'more');
  });
}
const REPEAT_ROOTS = new Set(['happen', 'occur', 'recur', 'repeat']);

/**
 * A promise with no step in it: a clause about the future that says things
 * will be better ("your next stay will be smoother", "we will do our best to
 * work on our mistakes") or that the failure will not come back ("it will
 * not be yanked", "this won't recur").
 */
function clausePromises(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || sentence.question || clause.actor === 'customer' || !clause.verb) return false;
  if (clause.modal && MODAL_DOUBT.has(clause.modal)) return false;
  if (betterFuture(clauseTokens(doc, clause))) return true;
  if (clause.tense !== 'future') return false;
  const text = clauseText(doc, clause);
  const root = rootOf(clause);
  const after = clauseTokens(doc, clause).filter((t) => t.index > (clause.verb as NonNullable<Clause['verb']>).index);
  // "We will work on our mistakes", where "working through the weekend" is work done.
  if (root === 'work' && clause.actor === 'writer') return /^(?:on|harder|to (?:improve|be better|do better))$/.test(after.slice(0, 2).map((t) => t.word).join(' ')) || after[0]?.word === 'on';
  if (clause.negated) {
    // "It will not be yanked again", "this won't recur": the failure promised away.
    const subject = clause.subject.map((t) => t.word).join(' ');
    return (clause.passive || REPEAT_ROOTS.has(root) || /\bagain\b/i.test(text)) && (clause.actor === 'none' || clause.actor === 'thing' || /^(?:it|this|that)$/.test(subject));
  }
  if (genericStep(text)) return true;
  if (PROMISE_ROOTS.has(root) && clause.actor === 'writer') return !/\b(?:refund|replace|send|call|fix)\w*/i.test(text);
  // "We will do our best", "we'll do better": doing, with nothing done.
  if (root === 'do' && clause.actor === 'writer') return after.some((t) => /^(?:better|best|more|everything|right)$/.test(t.word));
  // "Your next trip with us will be much smoother", "we will be more careful".
  if (root === 'be') return after.slice(0, 3).some((t) => t.tags.has('Comparative') || t.word === 'better' || t.word === 'more');
  return false;
}

/** "We have taken steps to ensure…", "we embarked on a joint effort to devise preventive measures". */
function takesGenericStep(doc: AnalysedDocument, clause: Clause, sentence: Sentence): boolean {
  if (clause.conditional || sentence.question || clause.actor === 'customer' || clause.negated) return false;
  const text = clauseText(doc, clause);
  if (!genericStep(text) || /\b(?:everything|anything)\b/i.test(text) && rootOf(clause) !== 'do') return false;
  return clauseTokens(doc, clause).some((t) => STEP_TAKING.has(t.root));
}

export interface Prevention {
  concrete: Array<{ sentence: Sentence; clause: Clause }>;
  vague: Array<{ sentence: Sentence; match: Match }>;
}

/** A post-incident report's section of steps: "Preventative measures", "What we're changing", "Action items". */
const STEPS_HEADING = cue('steps-heading');

/**
 * Under such a heading, the writer's own acts are the steps: "we helped the
 * vendor rework their hand-off", "we have added a second alert".
 */
function sectionSteps(doc: AnalysedDocument): Set<Sentence> {
  const steps = new Set<Sentence>();
  let inSection = false;
  for (const sentence of doc.sentences) {
    // A subject line names the whole message ("here's what we're doing"), not a section.
    const heading = doc.masked.slice(sentence.start, sentence.end);
    if (sentence.role === 'heading') inSection = !/^\W*(?:subject|re|title)\s*:/i.test(heading) && STEPS_HEADING.test(heading);
    else if (inSection && sentence.voice === 'writer' && !sentence.question) {
      const acts = sentence.clauses.some((c) => c.actor === 'writer' && !c.negated && !c.conditional && !!c.verb && !['be', 'have', 'hope', 'thank', 'apologise', 'apologize'].includes(rootOf(c)));
      if (acts) steps.add(sentence);
    }
  }
  return steps;
}

/** "To make sure it doesn't happen again, we are [prevention step]": in a template the placeholder is the step. */
const placeholderStep = (doc: AnalysedDocument, sentence: Sentence, after: number): boolean =>
  sentence.tokens.some((t) => t.placeholder && t.start >= after) && sentence.clauses.some((c) => c.actor === 'writer');

export const preventionStatements = perDocument((doc: AnalysedDocument): Prevention => {
  const concrete: Prevention['concrete'] = [];
  const vague: Prevention['vague'] = [];
  const steps = sectionSteps(doc);
  for (const sentence of writerSentences(doc)) {
    if (steps.has(sentence)) {
      concrete.push({ sentence, clause: sentence.clauses.find((c) => c.actor === 'writer') as Clause });
      continue;
    }
    const promised = findAll(doc, sentence, VAGUE_PROMISE);
    for (const match of promised) {
      if (placeholderStep(doc, sentence, match.end)) concrete.push({ sentence, clause: sentence.clauses.find((c) => c.actor === 'writer') as Clause });
      else vague.push({ sentence, match });
    }
    for (const clause of sentence.clauses) {
      if (promised.length === 0 && (clausePromises(doc, clause, sentence) || takesGenericStep(doc, clause, sentence))) {
        const span = clauseSpan(doc, clause);
        vague.push({ sentence, match: { ...span, text: doc.text.slice(span.start, span.end), groups: [] } });
      }
      // "I'll make sure it doesn't happen again" is the promise itself, not a step towards it.
      const rest = doc.masked.slice(doc.tokens[clause.first]?.start ?? sentence.start, sentence.end);
      const promise = VAGUE_PROMISE.test(clauseText(doc, clause)) || (/^\W*(?:\w+\W+){0,3}?(?:make sure|ensure|see to it)\b/i.test(rest) && VAGUE_PROMISE.test(rest));
      if (clausePrevents(doc, clause, sentence) && !promise) concrete.push({ sentence, clause });
    }
  }
  return { concrete, vague };
});
