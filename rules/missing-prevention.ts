// missing-prevention: nothing about stopping it happening again.
import type { Rule } from '../src/types.js';
import { preventionStatements } from './lib/prevention.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { atDocumentStart } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'missing-prevention',
    description: 'No statement about stopping the failure happening again.',
    kind: 'part',
    defaultSeverity: 'warn',
    docs: {
      description:
        'Readers want to know it will not happen again. Name the change you made or will make: a new check, a changed ' +
        'process, retraining. (A bare promise counts here but is flagged by vague-prevention.)',
      bad: 'I’ve refunded the fee. Thanks for your patience.',
      good: 'I’ve refunded the fee, and we now check every invoice against the contract before it is sent.',
    },
  },
  check(doc) {
    const { concrete, vague } = preventionStatements(doc);
    if (concrete.length > 0 || vague.length > 0) return [];
    return [
      atDocumentStart(
        'No prevention: the draft does not say what will stop this happening again.',
        `Name the step that stops a repeat, e.g. ${EXAMPLES.prevention[situationOf(doc)]}`,
      ),
    ];
  },
};
export default rule;
