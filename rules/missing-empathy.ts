// missing-empathy: nothing acknowledges what the failure cost the customer.
import type { AnalysedDocument } from '../src/types.js';
import { apologyForms } from './lib/apology.js';
import { partRule } from './lib/part-rule.js';
import { empathyStatements } from './lib/empathy.js';
import { anySentenceThat } from './lib/acts.js';

/** How sure the act model must be of empathy the grammar did not find; generic sympathy scores low. */
const MODEL_THRESHOLD = 0.9;

/** Empathy the model reads; a sentence that holds a non-apology ("sorry you had to deal with that") shows none. */
function modelEmpathy(doc: AnalysedDocument): boolean {
  const deflecting = new Set(apologyForms(doc).filter((f) => f.kind === 'non').map((f) => f.sentence.index));
  return anySentenceThat(doc, ['empathy'], MODEL_THRESHOLD, (s) => !deflecting.has(s.index));
}

export default partRule({
  meta: {
    id: 'missing-empathy',
    description: 'No acknowledgment of what the failure cost or meant to this customer.',
    defaultSeverity: 'warn',
    weight: 16, // the empathy part's credit when present
    docs: {
      description:
        'In service recovery, empathy has the largest effect on how an apology lands. Show you understand what this ' +
        'failure cost this customer: the wasted trip, the missed occasion, the money. “We understand your concern” and ' +
        '“sorry for any inconvenience” say nothing specific.',
      bad: 'We understand your frustration.',
      good: 'I know you took a day off work to wait for our engineer, and nobody came.',
    },
  },
  part: 'empathy',
  present: (doc) => empathyStatements(doc).length > 0 || modelEmpathy(doc),
  message: 'No empathy: nothing says what this failure cost or meant to the customer.',
  advice: 'Name what it cost this customer, in their terms',
});
