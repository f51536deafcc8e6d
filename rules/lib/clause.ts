// Readings of one clause that several detectors share.
import type { AnalysedDocument, Clause, Sentence, Token } from '../../src/types.js';
import { hedgesIn } from './hedges.js';
import { clauseTokens } from './text.js';
import { wordClasses } from '../../src/analysis/acts/wordnet.js';

export const rootOf = (clause: Clause): string => clause.verb?.root ?? '';
export const isAuxiliaryWord = (t: Token): boolean =>
  /^(?:have|has|had|'ve|is|are|am|was|were|be|been|do|does|did|will|'ll|would|can|could|should|may|might|must)$/.test(t.word);
export const hasWord = (tokens: Token[], words: string[]): boolean => tokens.some((t) => words.includes(t.word));
/** Modals that make a statement a possibility, not a fact or a commitment. */
export const MODAL_DOUBT = new Set(['may', 'might', 'could', 'would', 'should', 'must']);

/**
 * Which offsets of a sentence doubt blurs: everything after a hedge that opens
 * it ("It seems…", "Perhaps we…"), otherwise the clause a hedge sits in.
 */
export function doubtIn(doc: AnalysedDocument, sentence: Sentence): (start: number) => boolean {
  const hedges = hedgesIn(doc, sentence);
  if (hedges.length === 0) return () => false;
  if (hedges.some((h) => doc.masked.slice(sentence.start, h.start).replace(/\b(?:and|but|so|also|honestly|well)\b/gi, '').trim() === '')) return () => true;
  const spans = sentence.clauses.map((c) => spanOf(doc, c)).filter((span) => hedges.some((h) => h.start >= span.start && h.start < span.end));
  return (start) => spans.some((span) => start >= span.start && start < span.end);
}

export function spanOf(doc: AnalysedDocument, clause: Clause): { start: number; end: number } {
  const tokens = clauseTokens(doc, clause).filter((t) => t.text !== '');
  return { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 };
}

const IMPERATIVE_START = /^\W*(?:please|just|kindly|simply|feel free to|do|don['’]t)\b/i;

/** "Please contact us", "just send the receipt": the customer is told to act. */
export function isImperative(doc: AnalysedDocument, clause: Clause): boolean {
  const tokens = clauseTokens(doc, clause).filter((t) => t.text !== '');
  const lead = tokens.find((t) => !['and', 'then', 'so', 'but'].includes(t.word));
  if (!lead) return false;
  // "Just muted the bot": "just" before a past tense is the writer's report, not an instruction.
  const next = tokens[tokens.indexOf(lead) + 1];
  if (lead.word === 'just' && next?.tags.has('PastTense')) return false;
  return IMPERATIVE_START.test(lead.text) || (clause.subject.length === 0 && clause.actor === 'none' && !!clause.verb && lead === clause.verbs[0] && lead.tags.has('Infinitive'));
}

/** "misconfigured", "misrouted", "mislabelled": mis- before a verb says the act was done wrong. */
export const isMisVerb = (root: string): boolean => /^mis(?!s)[a-z]{4,}$/.test(root);

/** WordNet's verbs of failing and harming (err, fail, forget, neglect, damage, break, lose): mistake, misjudge, scratch, mislay… */
const FAULT_VERB_CLASSES = ['@err', '@fail', '@forget', '@neglect', '@damage', '@break', '@lose'];
export const inFaultVerbClass = (root: string): boolean => wordClasses(root, 'v').some((c) => FAULT_VERB_CLASSES.includes(c));

/** WordNet's nouns of what went wrong: mistake, fault, bug, defect, failure (slip, blunder, oversight…). */
const FAILURE_NOUN_CLASSES = ['@mistake', '@fault', '@bug', '@defect', '@failure'];
export const isFailureNoun = (t: Token): boolean => t.tags.has('Noun') && wordClasses(t.root, 'n').some((c) => FAILURE_NOUN_CLASSES.includes(c));
