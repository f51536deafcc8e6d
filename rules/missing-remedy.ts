// missing-remedy: nothing repairs the harm.
import { partRule } from './lib/part-rule.js';
import { remedyStatements } from './lib/remedy.js';

export default partRule({
  meta: {
    id: 'missing-remedy',
    description: 'No concrete repair of the harm, done or committed.',
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
  part: 'remedy',
  present: (doc) => remedyStatements(doc).length > 0,
  message: 'No remedy: nothing here repairs the harm for this customer, done or promised. (An offer that waits for them to ask is not a repair.)',
  advice: 'Say what you have done or will do, with an amount or a date',
});
