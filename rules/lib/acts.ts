// The meaning layer as the rules read it: the writer's sentences that the act
// model says perform an act, above a rule's own threshold. Each rule keeps
// the grammar's constraints (whose voice, a question, an owned failure next
// to it) and uses these only where its grammar found nothing.
import type { Act } from '../../src/analysis/acts/index.js';
import type { AnalysedDocument, Sentence } from '../../src/types.js';
import { writerSentences } from './text.js';

/**
 * Writer's statements that perform one of `acts` with probability ≥ threshold
 * (and that `where` accepts).
 * Questions and sentences under a condition say nothing for certain, whatever
 * their words ("if the courier lost it…", "we will refund you if you send…").
 */
export function sentencesThat(doc: AnalysedDocument, acts: readonly Act[], threshold: number, where: (s: Sentence) => boolean = () => true): Sentence[] {
  return writerSentences(doc).filter((s) => performs(s, acts, threshold, where));
}

/** The act among `acts` that this sentence performs most surely. */
export function likeliest(sentence: Sentence, acts: readonly Act[]): Act {
  return acts.reduce((best, act) => (sentence.acts[act] > sentence.acts[best] ? act : best));
}

/** Does any writer's statement perform one of `acts` (as sentencesThat)? Stops at the first, so the rest are never scored. */
export function anySentenceThat(doc: AnalysedDocument, acts: readonly Act[], threshold: number, where: (s: Sentence) => boolean = () => true): boolean {
  return writerSentences(doc).some((s) => performs(s, acts, threshold, where));
}

// `where` before the acts: a sentence's acts are scored only when read.
const performs = (s: Sentence, acts: readonly Act[], threshold: number, where: (s: Sentence) => boolean): boolean =>
  !s.question && !s.clauses.some((c) => c.conditional) && where(s) && acts.some((act) => s.acts[act] >= threshold);
