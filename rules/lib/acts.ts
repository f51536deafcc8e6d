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
  // `where` first: a sentence's acts are scored only when read.
  return writerSentences(doc).filter((s) => !s.question && !s.clauses.some((c) => c.conditional) && where(s) && acts.some((act) => s.acts[act] >= threshold));
}

/** The act among `acts` that this sentence performs most surely. */
export function likeliest(sentence: Sentence, acts: readonly Act[]): Act {
  return acts.reduce((best, act) => (sentence.acts[act] > sentence.acts[best] ? act : best));
}
