// vague-prevention: "it won't happen again" with no step anywhere in the draft.
import type { Finding, Rule } from '../src/types.js';
import { preventionStatements } from './lib/prevention.js';
import { quote } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'vague-prevention',
    description: 'A promise that it won’t happen again, with no concrete step anywhere in the draft.',
    kind: 'pattern',
    defaultSeverity: 'warn',
    weight: 4,
    docs: {
      description:
        '“This will never happen again” is only believable with the step that stops it. Name the change: the check you ' +
        'added, the process you changed, who now does what.',
      bad: 'We’ll do better next time.',
      good: 'We now check every order’s address against your account before printing the label.',
    },
  },
  check(doc) {
    const { concrete, vague } = preventionStatements(doc);
    if (concrete.length > 0) return [];
    return vague.map(({ match }): Finding => ({
      start: match.start,
      end: match.end,
      message: `Vague promise: ${quote(match.text)} names no step that will stop it happening again.`,
      suggestion: 'Name the change: “We’ve added a second check before every order leaves.”',
    }));
  },
};
export default rule;
