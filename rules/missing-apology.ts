// missing-apology: the draft never says sorry plainly.
import { partRule } from './lib/part-rule.js';
import { apologyForms, hasRealApology } from './lib/apology.js';

export default partRule({
  meta: {
    id: 'missing-apology',
    description: 'The draft never expresses regret plainly, in the writer’s own voice.',
    defaultSeverity: 'error',
    weight: 18, // the apology part's credit when present
    docs: {
      description:
        'An apology starts with the words “I’m sorry” or “I apologise”, said by the writer, for something named. ' +
        '“Sorry if…”, “sorry to hear…”, “we regret any inconvenience” and a placeholder such as {{ apology }} do not count.',
      bad: 'We regret any inconvenience caused by the delay to your order.',
      good: 'I’m sorry we sent your order a week late.',
    },
  },
  part: 'apology',
  present: (doc) => hasRealApology(apologyForms(doc)),
  message: (doc) =>
    apologyForms(doc).some((f) => f.kind === 'non')
      ? 'No real apology: the only regret here is a non-apology, which apologises for the reader’s feelings or for “any inconvenience”.'
      : 'No apology: the draft never says “I’m sorry” or “I apologise” for what happened.',
  advice: 'Open with a plain apology that names what went wrong',
});
