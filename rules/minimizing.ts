// minimizing: words that shrink the harm.
import type { Finding, Rule, Sentence, Token } from '../src/types.js';
import { wordClasses } from '../src/analysis/acts/wordnet.js';
import { DEGREE_MINIMIZERS, MINIMIZERS } from './lexicon/minimizers.js';
import { findAll, negatedBefore, quote, writerSentences } from './lib/text.js';


/** WordNet's adjectives of smallness, rarity and brevity (tiny, minor, negligible, occasional, isolated, fleeting…). */
const SMALL_CLASSES = ['@small', '@minor', '@slight', '@rare', '@brief', '@occasional', '@negligible', '@trivial', '@momentary', '@isolated'];
/** What a size word shrinks when it is the harm: a failing (WordNet), or how often or how widely it struck. */
const HARM_CLASSES = ['@failure', '@mistake', '@fault', '@bug', '@defect', '@delay', '@inconvenience', '@accident'];
const SCOPE_NOUNS = new Set(['case', 'cases', 'occasion', 'occasions', 'instance', 'instances', 'incident', 'chance', 'complication', 'complications', 'issue', 'issues', 'problem', 'problems', 'disruption', 'interruption', 'glitch', 'hiccup', 'blip', 'setback', 'number', 'fraction', 'percentage', 'minority']);

/**
 * A size word on the harm itself: "a negligible error", "on rare occasions",
 * "an isolated incident", "a very edge case". Not on what is given back ("a
 * small gift", "a minor discount").
 */
function shrinkingWords(sentence: Sentence): { start: number; end: number } | null {
  const words = sentence.tokens.filter((t) => t.text !== '' && !t.quoted && !t.placeholder);
  for (let i = 0; i < words.length - 1; i++) {
    const adjective = words[i] as Token;
    // "a 51-minute outage" is a length, not the size word "minute".
    if (words[i - 1]?.tags.has('Value') || /^\d/.test(words[i - 1]?.text ?? '')) continue;
    const small = [adjective.word, adjective.root].some((w) => wordClasses(w, 'a').some((c) => SMALL_CLASSES.includes(c))) || (adjective.word === 'edge' && words[i + 1]?.word === 'case');
    if (!small) continue;
    let j = i + 1;
    while (words[j]?.tags.has('Adjective') && !words[j]?.tags.has('Noun')) j++;
    const noun = words[j];
    if (!noun || !noun.tags.has('Noun')) continue;
    const harm = SCOPE_NOUNS.has(noun.word) || wordClasses(noun.root, 'n').some((c) => HARM_CLASSES.includes(c));
    if (harm) return { start: (words[i - 1]?.word === 'very' ? (words[i - 1] as Token) : adjective).start, end: noun.end };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: 'minimizing',
    description: 'Words that shrink the harm (“just a small delay”, “only a few days late”, “a slight hiccup”).',
    kind: 'pattern',
    defaultSeverity: 'warn',
    weight: 8, // once in an otherwise complete apology, a slip
    slip: true,
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
      const shrunk = shrinkingWords(sentence);
      if (shrunk && !findAll(doc, sentence, MINIMIZERS).length) {
        const words = doc.text.slice(shrunk.start, shrunk.end);
        findings.push({
          start: shrunk.start,
          end: shrunk.end,
          message: `Shrinks the harm: ${quote(words)}. Let the customer judge how much it mattered.`,
          suggestion: 'State the facts plainly, without size words: “your order arrived two days late”.',
        });
      }
      for (const m of [...findAll(doc, sentence, MINIMIZERS), ...findAll(doc, sentence, DEGREE_MINIMIZERS)]) {
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
