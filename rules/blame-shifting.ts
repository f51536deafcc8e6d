// blame-shifting: fault placed on the customer, a third party, a tool or one
// colleague, and not owned by the writer in that sentence or the next to it.
import type { AnalysedDocument, Clause, Finding, Rule, Sentence } from '../src/types.js';
import { blamePhrases, type BlamePhrase } from './lib/blame.js';
import { ownedNear, ownershipStatements } from './lib/ownership.js';
import { likeliest, sentencesThat } from './lib/acts.js';
import { actWords } from '../src/analysis/acts/index.js';
import { quote } from './lib/text.js';

/**
 * How sure the act model must be of blame the grammar did not find ("the
 * system's fault", "down to the warehouse team"). Chosen on the dev corpus,
 * the real corpus and a held-out set together.
 */
const MODEL_THRESHOLD = 0.9;
const OTHERS = new Set(['third-party', 'thing', 'customer']);

function modelBlame(doc: AnalysedDocument): BlamePhrase[] {
  // Only where the grammar sees someone to blame (a party, a machine, the customer) as a clause's actor or agent.
  const someoneNamed = (sentence: Sentence): boolean =>
    sentence.clauses.some((c) => OTHERS.has(c.actor) || (c.byActor !== null && OTHERS.has(c.byActor)));
  return sentencesThat(doc, ['blame-party', 'blame-customer'], MODEL_THRESHOLD, someoneNamed).map((sentence) => {
    const act = likeliest(sentence, ['blame-party', 'blame-customer']);
    return { sentence, party: act === 'blame-customer' ? 'customer' : 'other', ...actWords(sentence, act), message: '' };
  });
}

/**
 * How to own what was blamed: a party the writer chose, a machine the writer
 * runs, or the customer's own bank or provider, which is not the writer's to
 * answer for and not the customer's fault either.
 */
function ownIt(words: string, phrase: BlamePhrase): string {
  const said = words.replace(/\s+/g, ' ').replace(/[.,;:]$/, '');
  const theirs = /\byour (?:own )?(?:\w+ )?(bank|card issuer|provider|isp|network|carrier|employer|insurer|broadband|router)\b/i.exec(said);
  if (theirs) return `Leave the customer's ${theirs[1]?.toLowerCase()} out of it: you did not choose it, and pointing at it helps no one. Say what you can do from your side: “I’ve checked our end, and here is another way to …”.`;
  if (phrase.machine) return `Own it in the same sentence: “${said}, and that is on us: it is our system.” Then say what you are doing about it.`;
  return `Own it in the same sentence: “${said}, and that is on us: we chose them.” Then say what you are doing about it.`;
}

const rule: Rule = {
  meta: {
    id: 'blame-shifting',
    description: 'Fault placed on the customer, a third party, a tool or one colleague, and never owned.',
    kind: 'pattern',
    defaultSeverity: 'error',
    weight: 20, // and the draft is poor, whatever else it holds
    poor: true,
    docs: {
      description:
        'The customer chose you, not your courier, supplier or software. Blaming them (or the customer) reads as ' +
        'a refusal to take responsibility. Own the choice you made and say what you will do; naming a party is fine ' +
        'when you own the failure in the same sentence or the one next to it.',
      bad: 'The courier lost your parcel.',
      good: 'We chose a courier that lost your parcel, and that is on us: a replacement leaves today.',
    },
  },
  check(doc) {
    const owned = ownershipStatements(doc);
    const seen = new Set<number>();
    const findings: Finding[] = [];
    for (const phrase of [...blamePhrases(doc), ...modelBlame(doc)]) {
      if (seen.has(phrase.sentence.index)) continue;
      if (phrase.party === 'other' && ownedNear(doc, phrase.sentence, owned)) continue;
      seen.add(phrase.sentence.index);
      const words = doc.text.slice(phrase.start, phrase.end);
      findings.push(
        phrase.party === 'customer'
          ? {
              start: phrase.start,
              end: phrase.end,
              message: `Puts the fault on the customer: ${quote(words)}. Customers remember being blamed long after the refund.`,
              suggestion: 'Drop the advice to the customer and say what you will change so it cannot happen again.',
            }
          : {
              start: phrase.start,
              end: phrase.end,
              message: `Blames someone else for the failure: ${quote(words)}, and nothing near it takes responsibility.`,
              suggestion: ownIt(words, phrase),
            },
      );
    }
    return findings;
  },
};
export default rule;
