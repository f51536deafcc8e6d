// missing-ownership: nobody in the draft takes responsibility.
import type { Rule } from '../src/types.js';
import { ownershipStatements } from './lib/ownership.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { atDocumentStart } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'missing-ownership',
    description: 'No first-person acknowledgment of responsibility for the failure.',
    kind: 'part',
    defaultSeverity: 'error',
    docs: {
      description:
        'Research on apologies ranks acknowledging responsibility first. Say who did what, in the first person: ' +
        '“we sent it to the wrong address”, “that was my mistake”. Regret alone (“we apologise for the delay”), a passive ' +
        '(“mistakes were made”) or a hedge (“it seems something went wrong”) does not take responsibility.',
      bad: 'We apologise for the delay. An error occurred during processing.',
      good: 'I’m sorry: I entered your order under the wrong date, and that was my mistake.',
    },
  },
  check(doc) {
    if (ownershipStatements(doc).length > 0) return [];
    return [
      atDocumentStart(
        'No ownership: the draft never says, in the first person, what you did wrong.',
        `Say, in the first person, what you did wrong, e.g. ${EXAMPLES.ownership[situationOf(doc)]}`,
      ),
    ];
  },
};
export default rule;
