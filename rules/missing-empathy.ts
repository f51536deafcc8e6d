// missing-empathy: nothing acknowledges what the failure cost the customer.
import { partRule } from './lib/part-rule.js';
import { empathyStatements } from './lib/empathy.js';

export default partRule({
  meta: {
    id: 'missing-empathy',
    description: 'No acknowledgment of what the failure cost or meant to this customer.',
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
  part: 'empathy',
  present: (doc) => empathyStatements(doc).length > 0,
  message: 'No empathy: nothing says what this failure cost or meant to the customer.',
  advice: 'Name what it cost this customer, in their terms',
});
