// missing-empathy: nothing acknowledges what the failure cost the customer.
import type { Rule } from '../src/types.js';
import { empathyStatements } from './lib/empathy.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { atDocumentStart } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'missing-empathy',
    description: 'No acknowledgment of what the failure cost or meant to this customer.',
    kind: 'part',
    defaultSeverity: 'warn',
    docs: {
      description:
        'In service recovery, empathy has the largest effect on how an apology lands. Show you understand what this ' +
        'failure cost this customer: the wasted trip, the missed occasion, the money. “We understand your concern” and ' +
        '“sorry for any inconvenience” say nothing specific.',
      bad: 'We understand your frustration.',
      good: 'I know you took a day off work to wait for our engineer, and nobody came.',
    },
  },
  check(doc) {
    if (empathyStatements(doc).length > 0) return [];
    return [
      atDocumentStart(
        'No empathy: nothing says what this failure cost or meant to the customer.',
        `Name what it cost this customer, in their terms, e.g. ${EXAMPLES.empathy[situationOf(doc)]}`,
      ),
    ];
  },
};
export default rule;
