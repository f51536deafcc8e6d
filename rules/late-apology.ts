// late-apology: the first apology comes after the third sentence of the body.
import type { Rule } from '../src/types.js';
import { apologyForms } from './lib/apology.js';

/** Body sentences a reader gets through before the apology; the fourth is too late. */
const LATEST_INDEX = 2;

const rule: Rule = {
  meta: {
    id: 'late-apology',
    description: 'The first apology comes after the third sentence of the body.',
    kind: 'pattern',
    defaultSeverity: 'warn',
    weight: 4,
    docs: {
      description:
        'Customers read the first lines. Context, policy and thanks before the apology read as a defence. ' +
        'Greetings, subject lines, headings, speaker labels and sign-offs do not count as sentences of the body.',
      bad: 'Thank you for your message. I have looked into your order. It left on Monday. I’m sorry it was late.',
      good: 'I’m sorry your order was late. It left on Monday, two days after we promised.',
    },
  },
  check(doc) {
    const first = apologyForms(doc).find((f) => f.kind === 'real');
    if (!first || first.sentence.role === 'heading' || first.sentence.bodyIndex <= LATEST_INDEX) return [];
    const position = first.sentence.bodyIndex + 1;
    return [
      {
        start: first.start,
        end: first.end,
        message: `The apology comes late: the reader gets through ${position - 1} sentences before “${doc.text.slice(first.start, first.end).trim()}”.`,
        suggestion: 'Move the apology to the first or second sentence, before any context.',
      },
    ];
  },
};
export default rule;
