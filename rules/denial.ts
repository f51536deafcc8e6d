// denial: the writer did nothing wrong, or a record or policy used as a wall.
import type { AnalysedDocument, Finding, Rule, Sentence } from '../src/types.js';
import { actWords } from '../src/analysis/acts/index.js';
import { FAULT_DENIED, POLICY_WALL, RECORDS_SHOW } from './lexicon/blame.js';
import { ownershipStatements } from './lib/ownership.js';
import { remedyStatements } from './lib/remedy.js';
import { findAll, quote, writerSentences } from './lib/text.js';

/** How sure the act model must be of a denial the patterns did not find ("the charge stands", "we acted correctly"). */
const MODEL_THRESHOLD = 0.7;

function modelDenial(doc: AnalysedDocument, sentence: Sentence, owned: Set<number>, repaired: Set<number>): { start: number; end: number; text: string } | undefined {
  if (sentence.acts.deny < MODEL_THRESHOLD || owned.has(sentence.index) || repaired.has(sentence.index)) return undefined;
  const words = actWords(sentence, 'deny');
  return { ...words, text: doc.text.slice(words.start, words.end) };
}

const rule: Rule = {
  meta: {
    id: 'denial',
    description: 'A claim that the writer did nothing wrong, or a record or policy used as a wall.',
    kind: 'pattern',
    defaultSeverity: 'error',
    weight: 25, // and the draft is poor, whatever else it holds
    poor: true,
    docs: {
      description:
        'Denying fault, or pointing at records and terms to close the matter, ends the conversation the apology was ' +
        'meant to open. A record that confirms your error (“our records show we charged you twice; I’ve reversed it”) ' +
        'is not a denial.',
      bad: 'Our records show the parcel was delivered, as stated in our terms.',
      good: 'Our tracking says it was delivered, but you don’t have it, so I’m sending a replacement today.',
    },
  },
  check(doc) {
    const owned = new Set(ownershipStatements(doc).map((o) => o.sentence.index));
    const repaired = new Set(remedyStatements(doc).map((r) => r.sentence.index));
    const findings: Finding[] = [];
    for (const sentence of writerSentences(doc)) {
      if (sentence.question) continue;
      const outright = findAll(doc, sentence, FAULT_DENIED)[0];
      // A record or a policy is a wall unless the same sentence admits the error or puts it right.
      const wall = owned.has(sentence.index) || repaired.has(sentence.index) || /\bentitle/i.test(sentence.text)
        ? undefined
        : (findAll(doc, sentence, RECORDS_SHOW)[0] ?? findAll(doc, sentence, POLICY_WALL)[0]);
      const denies = outright ?? (wall ? undefined : modelDenial(doc, sentence, owned, repaired));
      const hit = denies ?? wall;
      if (!hit) continue;
      findings.push({
        start: hit.start,
        end: hit.end,
        message: denies
          ? `Denies responsibility: ${quote(hit.text)}.`
          : `Uses a record or policy as a wall: ${quote(hit.text)} closes the matter instead of fixing it.`,
        suggestion: denies
          ? 'Drop the denial; say what you can do: “Whatever caused it, I’ve …”.'
          : 'Use the record to help, not to refuse: “Our tracking shows it as delivered, but since you don’t have it, I’ve …”.',
      });
    }
    return findings;
  },
};
export default rule;
