// hedging: doubt words that blur an admission or a commitment.
import type { Finding, Rule } from '../src/types.js';
import { followedByFindingOut, hedgesIn } from './lib/hedges.js';
import { quote, writerSentences } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'hedging',
    description: 'Doubt words that blur an admission or a commitment (“it seems”, “may have”, “possibly”).',
    kind: 'pattern',
    defaultSeverity: 'warn',
    weight: 5, // once in an otherwise complete apology, a slip
    slip: true,
    docs: {
      description:
        'An admission wrapped in doubt (“it seems there may have been an issue”) is not an admission, and a hedged ' +
        'promise (“we will possibly refund”) is not a promise. When you truly do not know yet, say so and commit to ' +
        'a time you will: “We don’t know why yet; I’ll tell you by 5pm.”',
      bad: 'It seems there may have been an issue with your payment.',
      good: 'We charged your card twice.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const sentence of writerSentences(doc)) {
      if (sentence.question) continue;
      const hedges = hedgesIn(doc, sentence);
      if (hedges.length === 0 || followedByFindingOut(doc, sentence)) continue;
      for (const hedge of hedges) {
        findings.push({
          start: hedge.start,
          end: hedge.end,
          message: `Hedges: ${quote(hedge.text)} blurs what you are admitting or promising.`,
          suggestion: 'Say it plainly, or say what you don’t know yet and when you will: “I’ll confirm by 3pm.”',
        });
      }
    }
    return findings;
  },
};
export default rule;
