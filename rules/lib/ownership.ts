// Ownership: a plain first-person statement of what the writer did wrong.
import type { AnalysedDocument, Clause, Sentence } from '../../src/types.js';
import { ACT_VERBS, ERROR_VERBS, WRONGNESS } from '../lexicon/acts.js';
import { DUTY_VERBS, FAULT_OWNED, FILLER_FORGET } from '../lexicon/ownership.js';
import { apologyForms } from './apology.js';
import { doubtIn, hasWord, rootOf, spanOf } from './clause.js';
import { inSentence, perDocument } from './memo.js';
import { clauseText, clauseTokens, findAll, negatedBefore, writerSentences } from './text.js';




/** Does the clause, with the writer as subject, state a failing act? */
export function clauseOwnsFailure(doc: AnalysedDocument, clause: Clause): boolean {
  if (clause.actor !== 'writer' || clause.conditional) return false;
  const text = clauseText(doc, clause);
  // "we did nothing wrong" is a denial, whatever its verb.
  if (/\b(?:nothing|anything|no \w+)\s+wrong\b/i.test(text)) return false;
  const tokens = clauseTokens(doc, clause);
  const root = rootOf(clause);
  const past = clause.tense === 'past' || clause.tense === 'perfect';
  if (/\bdouble[- ]?(?:book|charg|bill)\w*|\bover(?:book|charg|bill)\w*/i.test(text) && past && !clause.negated) return true;
  if (clause.negated) {
    // "we didn't check", "I never told you", "we hadn't told you".
    return past && clause.modal === '' && (DUTY_VERBS.has(root) || hasWord(tokens, ['told', 'checked', 'tested']));
  }
  if (!past) return false;
  if (clause.modal && clause.modal !== 'should') return false;
  if (clause.modal === 'should') return hasWord(clause.verbs, ['have']);
  if (ERROR_VERBS.has(root)) {
    if (FILLER_FORGET.test(text)) return false;
    if (['let', 'mess', 'mix', 'screw', 'blow'].includes(root)) return /\b(?:down|up)\b/i.test(text);
    if (root === 'drop') return /\bball\b/i.test(text);
    if (root === 'cut') return /\boff\b/i.test(text) && WRONGNESS.test(text);
    if (root === 'reset' || root === 'refuse' || root === 'decline' || root === 'block') return true;
    return true;
  }
  if (ACT_VERBS.has(root) || clause.verb?.tags.has('PastTense')) return WRONGNESS.test(text);
  return false;
}

export interface Ownership {
  sentence: Sentence;
  start: number;
  end: number;
}

/** Plain first-person statements of responsibility, sentence by sentence. */
export const ownershipStatements = perDocument((doc: AnalysedDocument): Ownership[] => {
  const found: Ownership[] = [];
  const forms = apologyForms(doc);
  for (const sentence of writerSentences(doc)) {
    if (sentence.question) continue;
    // An admission wrapped in doubt is not said plainly.
    const doubted = doubtIn(doc, sentence);
    const phrase = findAll(doc, sentence, FAULT_OWNED).find((m) => {
      const before = doc.masked.slice(sentence.start, m.start);
      if (negatedBefore(before) || doubted(m.start)) return false;
      const clause = sentence.clauses.find((c) => (doc.tokens[c.first]?.start ?? 0) <= m.start && m.start <= (doc.tokens[c.last]?.end ?? 0));
      return !clause?.conditional;
    });
    if (phrase) {
      found.push({ sentence, start: phrase.start, end: phrase.end });
      continue;
    }
    const act = sentence.clauses.find((c) => clauseOwnsFailure(doc, c) && !doubted(spanOf(doc, c).start));
    if (act) {
      found.push({ sentence, ...spanOf(doc, act) });
      continue;
    }
    // "I'm sorry we blocked your card": the apology names the writer's own act.
    const apology = inSentence(forms, sentence.index).find((f) => f.kind === 'real');
    if (apology) {
      const named = sentence.clauses.find(
        (c) =>
          c.actor === 'writer' &&
          (doc.tokens[c.first]?.start ?? 0) >= apology.start &&
          !doubted(spanOf(doc, c).start) &&
          (c.tense === 'past' || c.tense === 'perfect') &&
          !c.conditional &&
          !['be', 'have', 'do'].includes(rootOf(c)) &&
          (c.modal === '' || c.modal === 'should'),
      );
      if (named) found.push({ sentence, ...spanOf(doc, named) });
    }
  }
  return found;
});

/** Does this sentence (or one right beside it) own the failure? */
export function ownedNear(doc: AnalysedDocument, sentence: Sentence, owned: Ownership[]): boolean {
  return [sentence.index - 1, sentence.index, sentence.index + 1].some((i) => inSentence(owned, i).length > 0);
}
