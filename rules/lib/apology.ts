// Finds every expression of regret in the writer's words and says what kind
// it is: a real apology, a non-apology (for the reader's feelings, on a
// condition, or for "any inconvenience"), or no apology at all (a negation,
// a rhetorical question, "we regret to inform you", phatic "sorry to bother").
import { cue } from '../lexicon/cues.js';
import { wordClasses } from '../../src/analysis/acts/wordnet.js';
import type { AnalysedDocument, Sentence } from '../../src/types.js';
import { perDocument } from './memo.js';
import { clauseAt, findAll, writerSentences, type Match } from './text.js';

export type ApologyKind = 'real' | 'non' | 'none';

export interface ApologyForm {
  sentence: Sentence;
  start: number;
  end: number;
  kind: ApologyKind;
  /** Why a non-apology is one, for the message. */
  reason?: 'conditional' | 'feelings' | 'any' | 'sympathy' | 'vague-you';
}

/** "so sorry", "apologise", "my apologies", "I regret sending", a misspelt "appologies". */
const REGRET =
  cue('regret');
const CONDITION_AFTER = /^\W*(?:\w+\W+){0,6}?(?:if|in case|should)\b/i;
const FEELINGS_AFTER =
  cue('feelings-after');
const ANY_AFTER = cue('any-after');
/**
 * A generic cost with nothing the writer did: regret for "the inconvenience"
 * ("we regret the inconvenience"), or any apology for "the inconvenience
 * caused", the agentless formula of "any inconvenience this may have caused".
 */
const GENERIC_COSTS = '(?:inconvenience|trouble|disruption|confusion|hassle|difficulty|difficulties|discomfort|impact)';
const REGRET_GENERIC_COST = new RegExp(`^[\\s,]*(?:for\\s+)?(?:the|this|that)\\s+(?:\\w+\\s+)?${GENERIC_COSTS}\\b(?![^.;!?]*\\b(?:we|I|our|my|us|me)\\b)`, 'i');
const COST_CAUSED = new RegExp(`^[\\s,]*(?:for|about)\\s+(?:the|any|all the)\\s+(?:\\w+\\s+)?${GENERIC_COSTS}\\s+(?:caused|created|occasioned)\\b(?!\\s+(?:by\\s+)?(?:us|me|our|my)\\b)`, 'i');
/** "Sorry for the disappointment": regret for the reader's feeling, with nothing the writer did. */
const FEELING_NOUN_AFTER = /^[\s,]*(?:for|about) (?:the|your|any|all the) (?:disappointment|frustration|upset|feelings?|hurt|distress|annoyance|anger|offen[cs]e)\b(?![^.;!?]*\b(?:we|I|our|my)\b)/i;
const SYMPATHY_AFTER = /^[\s,]*to (?:hear|learn|read|see|know)\b/i;
const INFORM_AFTER = /^[\s,]*to (?:inform|advise|tell|say|announce|let you know|confirm|report)\b/i;
const PHATIC_AFTER = /^[\s,]*(?:to (?:bother|trouble|disturb|interrupt|chase|pester)|for (?:the )?(?:delay in (?:replying|getting back))?\s*(?:bothering|the interruption))\b/i;
const YOU_HAD_TO = /^[\s,]*(?:that\s+)?you (?:had|have had) to (?:deal|go through|experience|put up)\b(?![^.;]*\b(?:we|us|our|I|me|my)\b)/i;
const NEGATED_BEFORE = /\b(?:not|never|no|n't|nothing|won['’]t|will not|don['’]t|do not|need not|needn['’]t)\s+(?:\w+\s+){0,2}$/i;
const INTENSIFIER_BEFORE = /\b(?:can['’]?t|cannot|could ?n['’]?t|could not|never)\s+(?:\w+\s+){0,1}$/i;
const INTENSIFIER_AFTER = /^\s*(?:enough|more)\b/i;
const REGRET_OBJECT = /^\s*(?:that|sending|\w+ing|the|our|my|this|what|having|not|how|it|to say that)\b/i;

/** What the reader has, not what the writer did: "sorry for your experience", "…for your expectations". */
const READER_STATES = new Set(['experience', 'experiences', 'expectations', 'expectation', 'impression', 'perception', 'feelings']);

/**
 * Regret for the reader's state rather than the writer's act: "sorry for
 * your experience", "apologies for the frustration" (any noun WordNet files
 * under feeling), "we apologise for failing to meet your expectations". When
 * the writer's own words follow ("the frustration we caused"), it is real.
 */
function regretsReaderState(doc: AnalysedDocument, sentence: Sentence, after: number): boolean {
  const words = sentence.tokens.filter((t) => t.start >= after && t.text !== '' && !t.placeholder);
  if (!['for', 'about'].includes(words[0]?.word ?? '')) return false;
  if (words.some((t) => ['we', 'i', 'our', 'my', 'us', 'me'].includes(t.word))) return false;
  let i = 1;
  // "for failing to meet / not meeting / not living up to your expectations": no failure named but theirs.
  if (/^(?:failing|not)$/.test(words[i]?.word ?? '')) {
    const rest = words.slice(i, i + 7);
    return rest.some((t) => t.word === 'expectations' || t.word === 'expectation');
  }
  if (['the', 'your', 'any', 'all'].includes(words[i]?.word ?? '')) i++;
  while (words[i]?.tags.has('Adjective') && !words[i]?.tags.has('Noun')) i++;
  const noun = words[i];
  if (!noun || !noun.tags.has('Noun')) return false;
  const yours = words[1]?.word === 'your';
  return (yours && READER_STATES.has(noun.word)) || wordClasses(noun.root, 'n').includes('@feeling');
}

function classify(doc: AnalysedDocument, sentence: Sentence, m: Match): ApologyForm {
  // What decides the kind of apology sits within a few words of it; a bounded window keeps every test linear.
  const after = doc.masked.slice(m.end, Math.min(sentence.end, m.end + 240));
  const before = doc.masked.slice(Math.max(sentence.start, m.start - 120), m.start);
  const form = (kind: ApologyKind, reason?: ApologyForm['reason']): ApologyForm => ({
    sentence,
    start: m.start,
    end: m.end,
    kind,
    ...(reason ? { reason } : {}),
  });
  const word = m.text.toLowerCase();
  const isRegret = /regret/.test(word);
  const isApologyNoun = /\bapology\b/.test(word);
  const clause = clauseAt(doc, sentence, m.start);

  // "How do I even begin to apologise?", "Sorry, could you resend it?"
  if (sentence.question) return form('none');
  // "We will not apologise", "You don't need to apologise" — but "I can't apologise enough".
  const intensified = INTENSIFIER_BEFORE.test(before) && INTENSIFIER_AFTER.test(after);
  if (!intensified && NEGATED_BEFORE.test(before)) return form('none');
  // Someone else's apology: "you have asked us to apologise", "the courier apologised".
  if (clause && (clause.actor === 'customer' || clause.actor === 'third-party') && !/^(?:sorry|apologies)/i.test(word)) return form('none');
  // "You have asked us to apologise": someone else's demand, not the writer's apology ("I want to apologise" is one).
  if (/\b(?:asked|want|wanted|expect|expected|demand|demanded|request|requested|told) (?:us|me|them) to\s+$/i.test(before)) return form('none');
  if (isApologyNoun && !/\b(?:owe|offer|accept|send|make|give)\w*\s+(?:you\s+|our\s+|my\s+)?(?:an?\s+)?(?:\w+\s+)?$/i.test(before)) return form('none');
  if (isRegret) {
    if (INFORM_AFTER.test(after)) return form('none');
    if (ANY_AFTER.test(after) || REGRET_GENERIC_COST.test(after)) return form('non', 'any');
    if (!REGRET_OBJECT.test(after)) return form('none');
  }
  if (PHATIC_AFTER.test(after)) return form('none');
  if (ANY_AFTER.test(after) || COST_CAUSED.test(after)) return form('non', 'any');
  if (FEELINGS_AFTER.test(after) || FEELING_NOUN_AFTER.test(after) || regretsReaderState(doc, sentence, m.end)) return form('non', 'feelings');
  if (YOU_HAD_TO.test(after)) return form('non', 'vague-you');
  if (SYMPATHY_AFTER.test(after)) return form('non', 'sympathy');
  // "Sorry if you were upset", "If we made a mistake, we apologise".
  if (CONDITION_AFTER.test(after.split(/[.;:!?—]/)[0] ?? '') && /^\W*(?:\w+\W+){0,6}?if\b/i.test(after)) return form('non', 'conditional');
  if (clause?.conditional || /^\s*if\b/i.test(before)) return form('non', 'conditional');
  return form('real');
}

/** Every apology form in the writer's words, in document order. */
export const apologyForms = perDocument((doc: AnalysedDocument): ApologyForm[] => {
  const forms: ApologyForm[] = [];
  for (const sentence of writerSentences(doc)) {
    for (const m of findAll(doc, sentence, REGRET)) forms.push(classify(doc, sentence, m));
  }
  return forms;
});

/** Is there a real apology anywhere in the writer's words? */
export function hasRealApology(forms: ApologyForm[]): boolean {
  return forms.some((f) => f.kind === 'real');
}
