// Doubt words, and where they blur what the writer says.
import { cue } from '../lexicon/cues.js';
import type { AnalysedDocument, Sentence } from '../../src/types.js';
import { findAll, type Match } from './text.js';

/**
 * Doubt that blurs an admission or a commitment. "may" only as a modal of
 * possibility: not the month, not permission ("you may keep it"), and not
 * inside the "any inconvenience this may cause" formula (that is a non-apology).
 */
export const HEDGE =
  cue('hedge');

/** "…any inconvenience this may (have) cause(d)": owned by the non-apology rule. */
const NON_APOLOGY_MAY = /\b(?:inconvenience|concern|trouble|confusion|distress|disruption|upset|frustration|issues?)\s+(?:this|that|which|it)?\s*(?:may|might)\s+(?:have\s+)?caus/i;
/** Permission or a reader's option: "you may return it", "you might want to". */
const PERMISSION = /\b(?:you|customers|guests|passengers|members|users) (?:may|might)\b(?! (?:have|be|not)\b)/i;
/** A fact not known yet, with a commitment to find out: the honest hedge. */
const FIND_OUT =
  cue('find-out');

/**
 * Doubt over what someone else did ("apparently the server farm
 * misconfigured the addresses") softens blame; it blurs no admission of the
 * writer's. The hedge's own clause, or the one it introduces, decides.
 */
function doubtsAnotherParty(doc: AnalysedDocument, sentence: Sentence, at: number): boolean {
  const from = sentence.clauses.findIndex((c, i) => {
    const next = sentence.clauses[i + 1];
    return !next || (doc.tokens[next.first]?.start ?? Infinity) > at;
  });
  const own = sentence.clauses[from];
  const scope = own && own.actor === 'none' && !own.passive && own.verb?.root !== 'be' ? sentence.clauses[from + 1] : own;
  if (!scope || scope.negated) return false;
  return (scope.actor === 'third-party' || scope.actor === 'thing') && !scope.passive && (scope.tense === 'past' || scope.tense === 'perfect');
}

/** "We apologise for any confusion this matter may have caused": the may is the apology's formula. */
const APOLOGY_BEFORE = /\b(?:sorry|apologi[sz]\w*|apologies|regret\w*)\b/i;
const CAUSED_AFTER = /^\s*(?:have\s+)?(?:caus|creat|result|brought|put)/i;

export function hedgesIn(doc: AnalysedDocument, sentence: Sentence): Match[] {
  const text = doc.masked.slice(sentence.start, sentence.end);
  return findAll(doc, sentence, HEDGE).filter((m) => {
    const local = text.slice(Math.max(0, m.start - sentence.start - 40), m.end - sentence.start + 20);
    if (/\bmay\b/i.test(m.text) && NON_APOLOGY_MAY.test(local)) return false;
    const before = text.slice(0, m.start - sentence.start);
    const after = text.slice(m.end - sentence.start);
    if (/\b(?:may|might)\b/i.test(m.text) && APOLOGY_BEFORE.test(before) && CAUSED_AFTER.test(/\bhave$/i.test(m.text) ? after : after.replace(/^\s*have\b/i, ''))) return false;
    if (doubtsAnotherParty(doc, sentence, m.start)) return false;
    if (PERMISSION.test(text.slice(Math.max(0, m.start - sentence.start - 15), m.end - sentence.start))) return false;
    return true;
  });
}

/** An honest "we don't know yet" followed by a dated commitment, here or in the next sentence. */
export function followedByFindingOut(doc: AnalysedDocument, sentence: Sentence): boolean {
  const next = doc.sentences[sentence.index + 1];
  const text = doc.masked.slice(sentence.start, next ? next.end : sentence.end);
  // "We will keep tracking it" is ongoing: it needs no date to be a commitment.
  const ongoing = /\b(?:I|we)(?: will|['’]ll) keep (?:tracking|monitoring|checking|watching|you (?:posted|updated|informed))\b/i.test(text);
  return FIND_OUT.test(text) && (ongoing || /\b(?:by|before|within|tomorrow|today|tonight|this (?:morning|afternoon|evening)|\d)\b/i.test(text));
}
