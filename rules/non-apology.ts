// non-apology: regret for the reader's reaction, on a condition, or for "any inconvenience".
import type { Finding, Rule } from '../src/types.js';
import { apologyForms, hasRealApology, type ApologyForm } from './lib/apology.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { quote } from './lib/text.js';

const WHY: Record<NonNullable<ApologyForm['reason']>, { message: string; suggestion: string }> = {
  conditional: {
    message: 'apologises on a condition, which doubts that anything went wrong',
    suggestion: 'Drop the “if” and name what you did, e.g.',
  },
  feelings: {
    message: 'apologises for how the reader feels, not for what you did',
    suggestion: 'Apologise for your act, not their reaction, e.g.',
  },
  any: {
    message: 'apologises for “any” inconvenience, which is vague on purpose',
    suggestion: 'Name the actual harm instead of “any inconvenience”, e.g.',
  },
  sympathy: {
    message: 'is sympathy, not an apology for your own failure',
    suggestion: 'Add a real apology for your part, e.g.',
  },
  'vague-you': {
    message: 'apologises for what the reader went through without saying what you did',
    suggestion: 'Say what your side caused, e.g.',
  },
};

const rule: Rule = {
  meta: {
    id: 'non-apology',
    description: 'An apology for the reader’s feelings, on a condition, or for “any inconvenience”.',
    kind: 'pattern',
    defaultSeverity: 'error',
    weight: 15,
    weightBeside: { part: 'apology', weight: 8 }, // the reader got a real apology too
    docs: {
      description:
        '“Sorry if you were upset”, “sorry you feel that way” and “we apologise for any inconvenience this may have ' +
        'caused” sound like apologies but take no responsibility: they doubt the harm, shift it to the reader’s ' +
        'feelings, or keep it vague. “Sorry to hear that” counts against you only when it is the only apology.',
      bad: 'We apologise for any inconvenience this may have caused.',
      good: 'I’m sorry we kept you waiting two hours for a table you had booked.',
    },
  },
  check(doc) {
    const forms = apologyForms(doc);
    const real = hasRealApology(forms);
    const findings: Finding[] = [];
    for (const form of forms) {
      if (form.kind !== 'non' || !form.reason) continue;
      if (form.reason === 'sympathy' && real) continue;
      const words = doc.text.slice(form.start, form.sentence.end).split(/[.;!?]/)[0] ?? '';
      const why = WHY[form.reason];
      findings.push({
        start: form.start,
        end: form.start + words.trimEnd().length,
        message: `Non-apology: ${quote(words)} ${why.message}.`,
        suggestion: `${why.suggestion} ${EXAMPLES.apology[situationOf(doc)]}`,
      });
    }
    return findings;
  },
};
export default rule;
