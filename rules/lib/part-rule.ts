// The five missing-* rules share one shape: a document-level finding at 1:1
// when a part is absent, with an example that fits the draft's situation.
import type { AnalysedDocument, Rule, RuleMeta } from '../../src/types.js';
import { EXAMPLES, situationOf } from './situation.js';
import { atDocumentStart } from './text.js';

export interface PartRuleSpec {
  meta: Omit<RuleMeta, 'kind' | 'part'>;
  /** The part it reports missing (in the rule's meta too, for the score). */
  part: keyof typeof EXAMPLES;
  /** Is the part there? */
  present(doc: AnalysedDocument): boolean;
  /** What is missing, said to the writer. */
  message: string | ((doc: AnalysedDocument) => string);
  /** What to add, before the situation's example. */
  advice: string;
}

export function partRule(spec: PartRuleSpec): Rule {
  return {
    meta: { ...spec.meta, kind: 'part', part: spec.part },
    check(doc) {
      if (spec.present(doc)) return [];
      const message = typeof spec.message === 'function' ? spec.message(doc) : spec.message;
      return [atDocumentStart(message, `${spec.advice}, e.g. ${EXAMPLES[spec.part][situationOf(doc)]}`)];
    },
  };
}
