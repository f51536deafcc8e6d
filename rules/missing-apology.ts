// missing-apology: the draft never says sorry plainly.
import type { Rule } from '../src/types.js';
import { apologyForms, hasRealApology } from './lib/apology.js';
import { EXAMPLES, situationOf } from './lib/situation.js';
import { atDocumentStart } from './lib/text.js';

const rule: Rule = {
  meta: {
    id: 'missing-apology',
    description: 'The draft never expresses regret plainly, in the writer’s own voice.',
    kind: 'part',
    defaultSeverity: 'error',
    docs: {
      description:
        'An apology starts with the words “I’m sorry” or “I apologise”, said by the writer, for something named. ' +
        '“Sorry if…”, “sorry to hear…”, “we regret any inconvenience” and a placeholder such as {{ apology }} do not count.',
      bad: 'We regret any inconvenience caused by the delay to your order.',
      good: 'I’m sorry we sent your order a week late.',
    },
  },
  check(doc) {
    const forms = apologyForms(doc);
    if (hasRealApology(forms)) return [];
    const onlyNon = forms.some((f) => f.kind === 'non');
    return [
      atDocumentStart(
        onlyNon
          ? 'No real apology: the only regret here is a non-apology, which apologises for the reader’s feelings or for “any inconvenience”.'
          : 'No apology: the draft never says “I’m sorry” or “I apologise” for what happened.',
        `Open with a plain apology that names what went wrong, e.g. ${EXAMPLES.apology[situationOf(doc)]}`,
      ),
    ];
  },
};
export default rule;
