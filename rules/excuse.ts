// excuse: a circumstance offered to lessen the writer's responsibility.
import type { AnalysedDocument, Finding, Rule, Sentence, Token } from '../src/types.js';
import { CUSTOMER_FAULT, POLICY_WALL } from './lexicon/blame.js';
import { CAUSAL, CONTROL, EXCUSES, SORRY_BUT } from './lexicon/excuses.js';
import { blamePhrases } from './lib/blame.js';
import { apologyForms } from './lib/apology.js';
import { FAULT_OWNED } from './lexicon/ownership.js';
import { clauseOwnsFailure, ownedNear, ownershipStatements } from './lib/ownership.js';
import { remedyStatements } from './lib/remedy.js';
import { inSentence } from './lib/memo.js';
import { clauseAt, clauseSpan, clauseText, findAll, negatedBefore, quote, test, writerSentences } from './lib/text.js';


/** "because card fraud has risen": a cause outside the writer offered as the reason. */
function externalCause(doc: AnalysedDocument, sentence: Sentence): { start: number; end: number } | null {
  const owned = inSentence(ownershipStatements(doc), sentence.index).length > 0;
  if (owned) return null;
  for (const [i, clause] of sentence.clauses.entries()) {
    if (clause.opener !== 'because' || clause.negated) continue;
    // Only a reason given for what the writer did or how things are on the writer's side is an excuse;
    // "your team missed the meeting because the calendars stopped" explains the harm.
    const explained = sentence.clauses[i - 1];
    if (explained && explained.actor !== 'writer') continue;
    if (clause.actor === 'writer' || clause.actor === 'customer') continue;
    if (/\b(?:we|I|our|my)\b/i.test(clauseText(doc, clause))) continue;
    return clauseSpan(doc, clause);
  }
  return null;
}

/** "I'm sorry…, but <a defence>": the but turns the apology into a justification. */
function sorryBut(doc: AnalysedDocument, sentence: Sentence): { start: number; end: number } | null {
  const apology = inSentence(apologyForms(doc), sentence.index).find((f) => f.kind === 'real');
  if (!apology) return null;
  const remedies = inSentence(remedyStatements(doc), sentence.index).map((r) => r.clause);
  const owned = inSentence(ownershipStatements(doc), sentence.index);
  for (const m of findAll(doc, sentence, SORRY_BUT)) {
    if (m.start < apology.end) continue;
    // The clause after the but, or the one the but sits inside ("…before, but I'm not maintaining it").
    const clause = sentence.clauses.find((c) => (doc.tokens[c.first]?.start ?? 0) >= m.start) ?? clauseAt(doc, sentence, m.start);
    if (!clause || remedies.includes(clause)) continue;
    const span = clauseSpan(doc, clause);
    // "…, but we printed it far too small, so that one's on us": a but that takes the blame.
    const rest = sentence.clauses.filter((c) => (doc.tokens[c.first]?.start ?? 0) >= m.start || c === clause);
    if (rest.some((c) => clauseOwnsFailure(doc, c)) || FAULT_OWNED.test(doc.masked.slice(m.start, sentence.end))) continue;
    if (owned.some((o) => o.start >= span.start && o.start < span.end)) continue;
    // The but must lead to a defence: a circumstance, the customer's or a party's fault, or a policy.
    const defence = doc.masked.slice(m.start, sentence.end);
    const defends =
      EXCUSES.test(defence) || CONTROL.test(defence) || CUSTOMER_FAULT.test(defence) || POLICY_WALL.test(defence) ||
      /\b(?:policy|policies|terms|rules|procedures?|regulations)\b/i.test(defence) ||
      /\bnot (?:applicable|possible|supported|in scope|something (?:we|I))\b/i.test(defence) ||
      rest.some((c) => c.actor === 'third-party' || c.actor === 'thing' || c.byActor === 'third-party' || c.byActor === 'thing') ||
      // "…, but I'm not maintaining the old version any more": the writer's refusal as the answer.
      rest.some((c) => c.actor === 'writer' && c.negated && c.tense === 'present');
    if (!defends) continue;
    return { start: m.start, end: span.end };
  }
  return null;
}

/** The writer's state offered as the reason: "I was on vacation", "we were swamped", "I'm busy". */
const BUSY_STATE = /\b(?:busy|swamped|overwhelmed|understaffed|short[- ]staffed|on (?:vacation|holiday|leave|annual leave|sick leave)|off sick|away|out of (?:the )?office|snowed under)\b/i;
/** Effort offered instead of the result: "I have made every effort", "we tried everything we could". */
const EFFORT = /\b(?:made every effort|tried (?:our|my) (?:very )?(?:best|hardest)|tried everything|did (?:everything|all) (?:we|I) could|do (?:everything|all) (?:that )?(?:we|I) can)\b/i;
/** A record of success offered against this failure: "operated it successfully for a number of years". */
const TRACK_RECORD = /\bsuccessfully for (?:many|several|a number of|\d+|over \d+) (?:years|months)\b|\bfor (?:many|several|\d+) years without (?:a|any) (?:problem|issue|incident|complaint)s?\b/i;
/** Verbs of the writer's own part done: "I asked for a test, but sorry for the breakage". */
const DID_MY_PART = new Set(['ask', 'tell', 'warn', 'say', 'mention', 'explain', 'test', 'check', 'request', 'advise', 'inform']);

/**
 * A defence in the writer's own voice: intent ("I didn't mean to", "I don't
 * intend to be rude"), effort, a busy or absent writer, a track record, or
 * the writer's part done before a grudging "but sorry".
 */
function ownDefence(doc: AnalysedDocument, sentence: Sentence): { start: number; end: number } | null {
  for (const [i, clause] of sentence.clauses.entries()) {
    if (clause.conditional || clause.tense === 'future') continue;
    const text = clauseText(doc, clause);
    const root = clause.verb?.root ?? '';
    const writer = clause.actor === 'writer';
    const intent = writer && clause.negated && /\b(?:mean|meant|intend|intended)\s+to\b/i.test(text);
    // "A colleague covers when I'm away" arranges cover; it offers no reason.
    const temporal = ['when', 'whenever', 'while', 'until', 'before', 'after', 'if', 'unless'].includes(clause.opener);
    const busy = writer && root === 'be' && !clause.negated && !temporal && BUSY_STATE.test(text);
    const next = sentence.clauses[i + 1];
    const butSorry = writer && !clause.negated && DID_MY_PART.has(root) && (clause.tense === 'past' || clause.tense === 'perfect') &&
      !!next && /^\W*but\b[\s\w,]{0,12}\b(?:sorry|apologies|apologi[sz]e)\b/i.test(doc.masked.slice(clauseSpan(doc, next).start - 6, clauseSpan(doc, next).end).replace(/^[^b]*(?=but)/i, ''));
    if (intent || busy || butSorry || (writer && (EFFORT.test(text) || TRACK_RECORD.test(text)))) return clauseSpan(doc, clause);
  }
  return null;
}

/** What the writer says could not be done, to say nothing could have been done. */
const HELPLESS_VERBS = new Set(['do', 'prevent', 'avoid', 'foresee', 'anticipate', 'stop', 'control', 'predict', 'help']);

/**
 * "There was nothing we could do", "we couldn't have foreseen it", "no way for
 * us to prevent it": the writer's own inability offered as the reason. An
 * inability about the customer's request ("we can't refund it") is news, not
 * this; only the verbs of preventing and doing count.
 */
function helplessness(doc: AnalysedDocument, sentence: Sentence): { start: number; end: number } | null {
  const words = sentence.tokens.filter((t) => !t.quoted && !t.placeholder);
  for (let i = 0; i < words.length; i++) {
    const pronoun = words[i] as Token;
    if (pronoun.word !== 'we' && pronoun.word !== 'i') continue;
    // we/I, could/can, then not and have, then the verb: "we could not have foreseen".
    let j = i + 1;
    if (!['could', 'can'].includes(words[j]?.word ?? '')) continue;
    j++;
    let negated = false;
    for (; ['not', 'have', 'possibly', 'really', 'ever'].includes(words[j]?.word ?? ''); j++) if (words[j]?.word === 'not') negated = true;
    const verb = words[j];
    if (!verb || !HELPLESS_VERBS.has(verb.root)) continue;
    // "nothing we could do", "no way we could have known": the inability is the point.
    const lead = words.slice(Math.max(0, i - 3), i);
    const nothing = lead.find((t) => t.word === 'nothing' || (t.word === 'no' && words[words.indexOf(t) + 1]?.word === 'way'));
    if (!nothing && !(negated && verb.root !== 'do' && verb.root !== 'help')) continue;
    if (sentence.clauses.some((c) => c.conditional && c.first <= verb.index && verb.index <= c.last)) continue;
    const from = nothing ?? pronoun;
    const last = words.slice(j, j + 4).filter((t) => !/[.;:!?]/.test(t.post) || t === verb).pop() ?? verb;
    return { start: from.start, end: Math.max(verb.end, last.end) };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: 'excuse',
    description: 'A circumstance offered to lessen responsibility (busy season, circumstances beyond control, “sorry, but…”).',
    kind: 'pattern',
    defaultSeverity: 'error',
    deflects: true,
    weight: 10,
    docs: {
      description:
        'Explaining is fine once you have owned the failure; offering a circumstance instead of responsibility is an ' +
        'excuse, and readers hear it as one. “I’m sorry, but…” takes the apology back.',
      bad: 'Due to unusually high volume, your request was delayed.',
      good: 'We took nine days to answer you. That is too long, and it is our responsibility.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    // Only a third party's act: "outside our control" beside blame of the customer is its own excuse.
    const blamed = new Set(blamePhrases(doc).filter((b) => b.party === 'other').map((b) => b.sentence.index));
    for (const sentence of writerSentences(doc)) {
      if (sentence.question) continue;
      const before = (start: number): string => doc.masked.slice(sentence.start, start);
      // Plain words of fault ("that is our responsibility") turn any explanation in the sentence into just that.
      const admitted = test(doc, sentence, FAULT_OWNED);
      const cues = findAll(doc, sentence, EXCUSES).filter((m) => {
        if (negatedBefore(before(m.start), 1) || admitted) return false;
        // "we hadn't told you she was off sick": a circumstance inside the admission is what was admitted.
        const clause = clauseAt(doc, sentence, m.start);
        // "because of a schema change we pushed": a cause the writer owns is an explanation.
        if (CAUSAL.test(m.text)) return !/^[^.;,—–]{0,60}?\b(?:we|I)\s+(?:had\s+)?\w+ed\b|^\s*(?:\w+\s+){0,3}?(?:our|my)\b/i.test(doc.masked.slice(m.end, sentence.end));
        return !clause || !clauseOwnsFailure(doc, clause);
      });
      // A party named at fault is blame-shifting; "beyond our control" said of its act is not a second finding.
      const control = blamed.has(sentence.index) ? [] : findAll(doc, sentence, CONTROL);
      const pivot = sorryBut(doc, sentence);
      // "I'm sorry we lost your bag. There's nothing I can do to undo that": after an admission, inability is regret.
      const cause = externalCause(doc, sentence) ?? (admitted || ownedNear(doc, sentence, ownershipStatements(doc)) ? null : helplessness(doc, sentence) ?? ownDefence(doc, sentence));
      const first = [...cues, ...control, ...(pivot ? [{ ...pivot, text: doc.text.slice(pivot.start, pivot.end) }] : []), ...(cause ? [{ ...cause, text: doc.text.slice(cause.start, cause.end) }] : [])].sort((a, b) => a.start - b.start)[0];
      if (!first) continue;
      findings.push({
        start: first.start,
        end: first.end,
        message: pivot && first.start === pivot.start
          ? `“Sorry, but…” turns the apology into a defence: ${quote(doc.text.slice(first.start, first.end))}.`
          : `Offers a circumstance instead of responsibility: ${quote(doc.text.slice(first.start, first.end))}.`,
        suggestion: 'Cut the circumstance, or put it after a plain admission: “We didn’t have enough staff on, and that was our call to make.”',
      });
    }
    return findings;
  },
};
export default rule;
