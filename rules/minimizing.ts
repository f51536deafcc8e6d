// minimizing: words that shrink the harm.
import type { Finding, Rule } from '../src/types.js';
import { MINIMIZERS } from './lexicon/minimizers.js';
import { findAll, negatedBefore, quote, writerSentences } from './lib/text.js';


const rule: Rule = {
  meta: {
    id: 'minimizing',
    description: 'Words that shrink the harm (“just a small delay”, “only a few days late”, “a slight hiccup”).',
    kind: 'pattern',
    defaultSeverity: 'warn',
    docs: {
      description:
        'The customer decides how big the harm was. Calling it small, brief or a hiccup, or pointing out that few ' +
        'people were affected, tells them their reaction is out of proportion. “Just” of time (“I just refunded you”) ' +
        'and “only” of exclusivity (“only named staff can open it”) are fine.',
      bad: 'It was just a small delay of only two days.',
      good: 'Your order arrived two days late, the day after your event.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const sentence of writerSentences(doc)) {
      for (const m of findAll(doc, sentence, MINIMIZERS)) {
        if (negatedBefore(doc.masked.slice(sentence.start, m.start), 0)) continue;
        const words = m.text.replace(/^(?:[,;:]\s*|(?:and|but|so)\s+)/i, '');
        findings.push({
          start: m.end - words.length,
          end: m.end,
          message: `Shrinks the harm: ${quote(words)}. Let the customer judge how much it mattered.`,
          suggestion: 'State the facts plainly, without size words: “your order arrived two days late”.',
        });
      }
    }
    return findings;
  },
};
export default rule;
