// missing-ownership: nobody in the draft takes responsibility.
import { partRule } from './lib/part-rule.js';
import { ownershipStatements } from './lib/ownership.js';

export default partRule({
  meta: {
    id: 'missing-ownership',
    description: 'No first-person acknowledgment of responsibility for the failure.',
    defaultSeverity: 'error',
    weight: 28, // the ownership part's credit when present
    docs: {
      description:
        'Research on apologies ranks acknowledging responsibility first. Say who did what, in the first person: ' +
        '“we sent it to the wrong address”, “that was my mistake”. Regret alone (“we apologise for the delay”), a passive ' +
        '(“mistakes were made”) or a hedge (“it seems something went wrong”) does not take responsibility.',
      bad: 'We apologise for the delay. An error occurred during processing.',
      good: 'I’m sorry: I entered your order under the wrong date, and that was my mistake.',
    },
  },
  part: 'ownership',
  present: (doc) => ownershipStatements(doc).length > 0,
  message: 'No ownership: the draft never says, in the first person, what you did wrong.',
  advice: 'Say, in the first person, what you did wrong',
});
