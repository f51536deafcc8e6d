// missing-remedy: nothing repairs the harm.
import type { Rule } from '../src/types.js';
import { remedyStatements } from './lib/remedy.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { atDocumentStart } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'missing-remedy',
    description: 'No concrete repair of the harm, done or committed.',
    kind: 'part',
    defaultSeverity: 'error',
    docs: {
      description:
        'After responsibility, repair matters most. Say what you have done or will do for this customer: a refund, a ' +
        'replacement, a credit, the service restored, a dated next step. An offer that waits for the customer to ask, ' +
        '“we may be able to”, or “we value your business” is not a repair.',
      bad: 'Please contact us if you would like a refund.',
      good: 'I’ve refunded the full £40 to your card; you’ll see it within three working days.',
    },
  },
  check(doc) {
    if (remedyStatements(doc).length > 0) return [];
    return [
      atDocumentStart(
        'No remedy: nothing here repairs the harm for this customer, done or promised. (An offer that waits for them to ask is not a repair.)',
        `Say what you have done or will do, with an amount or a date, e.g. ${EXAMPLES.remedy[situationOf(doc)]}`,
      ),
    ];
  },
};
export default rule;
