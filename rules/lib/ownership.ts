// Ownership: a plain first-person statement of what the writer did wrong.
import type { AnalysedDocument, Clause, Sentence, Token } from '../../src/types.js';
import { ACT_VERBS, ERROR_VERBS, WRONGNESS } from '../lexicon/acts.js';
import { DUTY_VERBS, FAULT_OWNED, FILLER_FORGET } from '../lexicon/ownership.js';
import { apologyForms } from './apology.js';
import { doubtIn, hasWord, isFailureNoun, isImperative, isMisVerb, rootOf, spanOf } from './clause.js';
import { inSentence, perDocument } from './memo.js';
import { clauseText, clauseTokens, findAll, negatedBefore, writerSentences } from './text.js';




const ACCIDENTALLY = /\b(?:accidentally|mistakenly|inadvertently|unintentionally|by mistake|in error)\b/i;

/** Does the clause, with the writer as subject, state a failing act? */
/** Verbs of harm done to someone: said by the writer of the writer, they admit it. */
const IMPOSED_HARM = new Set(['disrupt', 'inconvenience', 'strand', 'mislead', 'interrupt', 'endanger', 'overcharge', 'shortchange']);

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
  // "I accidentally force pushed": whatever the verb (and however compromise reads its tense), an act done by mistake.
  if (clause.tense !== 'future' && !clause.modal && ACCIDENTALLY.test(text)) return true;
  if (!past) return false;
  if (clause.modal && clause.modal !== 'should') return false;
  if (clause.modal === 'should') return hasWord(clause.verbs, ['have']);
  // "We disrupted most of our customers", "we misconfigured the records": the writer's act, done wrong or done to them.
  if (isMisVerb(root) || IMPOSED_HARM.has(root)) return true;
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

/**
 * The writer's failing act named by a gerund after the apology's "for": an
 * error verb ("for breaking"), or an act done wrong ("for sending the wrong
 * size", "for keeping you waiting"). The gerund's subject is the apologiser.
 */
function failingGerund(doc: AnalysedDocument, sentence: Sentence, after: number): { start: number; end: number } | null {
  const tokens = sentence.tokens.filter((t) => t.start >= after && !t.quoted && !t.placeholder);
  const isGerund = (t: Token): boolean => t.tags.has('Gerund') || (t.tags.has('Verb') && /ing$/.test(t.word));
  const i = tokens.findIndex((t, k) => isGerund(t) && (tokens[k - 1]?.word === 'for' || tokens[k - 2]?.word === 'for'));
  const gerund = tokens[i];
  if (!gerund || (tokens[i - 1]?.word === 'for' && tokens[i - 2]?.word === 'not')) return null;
  const rest = doc.masked.slice(gerund.start, sentence.end);
  // "sorry for not replying", "for not having answered before": the duty the writer left undone.
  // Not "for not being able to help": an inability is not a duty skipped.
  const omitted = tokens[i - 1]?.word === 'not' && tokens[i - 2]?.word === 'for' && gerund.root !== 'be';
  const owns = omitted || ERROR_VERBS.has(gerund.root) || (ACT_VERBS.has(gerund.root) && WRONGNESS.test(rest)) || /^keeping you waiting\b/i.test(rest);
  if (!owns) return null;
  const last = tokens.slice(i, i + 5).filter((t) => !/[.;:!?]/.test(t.post)).pop() ?? gerund;
  return { start: gerund.start, end: Math.max(gerund.end, last.end) };
}

/** WordNet classes of a failing: mistake, error, slip, bug, glitch, defect, failure, outage… */
const WRITER_POSSESSIVES = new Set(['our', 'my']);

/**
 * A failing that the writer's possessive claims: "our mistake", "my
 * oversight", "a bug in our code", "a mistake in our documentation", "an
 * error on our part". Not "our bug tracker" (a noun modifying a noun), not
 * "not our mistake" (a denial).
 */
function possessedFailure(doc: AnalysedDocument, sentence: Sentence): { start: number; end: number } | null {
  const words = sentence.tokens.filter((t) => t.text !== '' && !t.quoted && !t.placeholder);
  for (let i = 0; i < words.length; i++) {
    const noun = words[i] as Token;
    if (!isFailureNoun(noun) || words[i + 1]?.tags.has('Noun')) continue;
    let j = i - 1;
    while (j >= 0 && (words[j] as Token).tags.has('Adjective')) j--;
    const owner = words[j];
    const ownedBefore = !!owner && WRITER_POSSESSIVES.has(owner.word);
    const after = words.slice(i + 1, i + 6);
    const preposition = after.findIndex((t) => ['in', 'with', 'on', 'from', 'at', 'by'].includes(t.word));
    const object = after[preposition + 1];
    const ownedAfter = preposition >= 0 && !!object && (WRITER_POSSESSIVES.has(object.word) || object.word === 'us' || object.word === 'me') && !/[:;]/.test(after[preposition]?.post ?? '');
    if (!ownedBefore && !ownedAfter) continue;
    const from = ownedBefore ? (owner as Token) : noun;
    if (negatedBefore(doc.masked.slice(sentence.start, from.start), 2)) continue;
    const clause = sentence.clauses.find((c) => c.first <= noun.index && noun.index <= c.last);
    // "if there is a bug in our code", "please report bugs in our tracker": no admission.
    if (!clause || clause.conditional || isImperative(doc, clause)) continue;
    const last = ownedAfter ? (object as Token) : noun;
    const end = ownedAfter ? (words[words.indexOf(last) + 1]?.tags.has('Noun') ? (words[words.indexOf(last) + 1] as Token).end : last.end) : noun.end;
    return { start: from.start, end };
  }
  return null;
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
    const possessed = possessedFailure(doc, sentence);
    if (possessed && !doubted(possessed.start)) {
      found.push({ sentence, ...possessed });
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
      if (named) {
        found.push({ sentence, ...spanOf(doc, named) });
        continue;
      }
      // "Sorry for breaking the build", "apologies for sending the wrong size": the act named as a gerund.
      const gerund = failingGerund(doc, sentence, apology.end);
      if (gerund && !doubted(gerund.start)) found.push({ sentence, start: gerund.start, end: gerund.end });
    }
  }
  return found;
});

/** Does this sentence (or one right beside it) own the failure? */
export function ownedNear(doc: AnalysedDocument, sentence: Sentence, owned: Ownership[]): boolean {
  return [sentence.index - 1, sentence.index, sentence.index + 1].some((i) => inSentence(owned, i).length > 0);
}
