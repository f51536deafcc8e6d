// missing-prevention: nothing about stopping it happening again.
import { partRule } from './lib/part-rule.js';
import { preventionStatements } from './lib/prevention.js';

export default partRule({
  meta: {
    id: 'missing-prevention',
    description: 'No statement about stopping the failure happening again.',
    defaultSeverity: 'warn',
    weight: 14, // the prevention part's credit when present
    docs: {
      description:
        'Readers want to know it will not happen again. Name the change you made or will make: a new check, a changed ' +
        'process, retraining. (A bare promise counts here but is flagged by vague-prevention.)',
      bad: 'I’ve refunded the fee. Thanks for your patience.',
      good: 'I’ve refunded the fee, and we now check every invoice against the contract before it is sent.',
    },
  },
  part: 'prevention',
  present: (doc) => {
    const { concrete, vague } = preventionStatements(doc);
    return concrete.length > 0 || vague.length > 0;
  },
  message: 'No prevention: the draft does not say what will stop this happening again.',
  advice: 'Name the step that stops a repeat',
});
