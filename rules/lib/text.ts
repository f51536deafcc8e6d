// Small readers over the analysed document that several rules share.
import type { AnalysedDocument, Clause, Finding, Sentence, Token } from '../../src/types.js';

export interface Match {
  start: number;
  end: number;
  text: string;
  groups: Array<string | undefined>;
}

/** Sentences in the writer's own voice that a reader weighs (not the sign-off). */
export function writerSentences(doc: AnalysedDocument): Sentence[] {
  return doc.sentences.filter((s) => s.voice === 'writer' && s.role !== 'signoff');
}

/** The sentence's masked text: placeholders are dummy names, markup is blank. */
export function maskedText(doc: AnalysedDocument, sentence: Sentence): string {
  return doc.masked.slice(sentence.start, sentence.end);
}

/**
 * Matches of `pattern` in a sentence, as offsets into the original text.
 * Words inside quotation marks or placeholders never match.
 */
export function findAll(doc: AnalysedDocument, sentence: Sentence, pattern: RegExp): Match[] {
  const re = globalVersion(pattern);
  const text = maskedText(doc, sentence);
  const matches: Match[] = [];
  // exec() on the one twin, not matchAll(): matchAll clones the expression,
  // and a clone is compiled afresh in a process started from the snapshot.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const inside = sentence.tokens.filter((t) => t.start >= start && t.end <= end && t.text !== '');
    if (inside.length > 0 && inside.every((t) => t.quoted || t.placeholder)) continue;
    matches.push({ start, end, text: m[0], groups: [...m].slice(1) });
  }
  return matches;
}

/**
 * The /g twin of a pattern, made once: compiling it again for every sentence
 * cost more than matching it, and a process started from the startup snapshot
 * finds these already compiled.
 */
function globalVersion(pattern: RegExp): RegExp {
  let twin = GLOBAL_TWINS.get(pattern);
  if (!twin) {
    // A twin even for a /g pattern, whose lastIndex belongs to its owner.
    twin = new RegExp(pattern.source, pattern.global ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_TWINS.set(pattern, twin);
  }
  return twin;
}
const GLOBAL_TWINS = new WeakMap<RegExp, RegExp>();

export function test(doc: AnalysedDocument, sentence: Sentence, pattern: RegExp): boolean {
  return findAll(doc, sentence, pattern).length > 0;
}

export function clauseTokens(doc: AnalysedDocument, clause: Clause): Token[] {
  return doc.tokens.slice(clause.first, clause.last + 1);
}

export function clauseText(doc: AnalysedDocument, clause: Clause): string {
  const tokens = clauseTokens(doc, clause);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? doc.masked.slice(first.start, Math.max(last.end, first.start)) : '';
}

/** Offsets of a clause in the original text. */
export function clauseSpan(doc: AnalysedDocument, clause: Clause): { start: number; end: number } {
  const tokens = clauseTokens(doc, clause).filter((t) => t.text !== '');
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: 0 };
}

/** The clause of a sentence that holds the given offset. */
export function clauseAt(doc: AnalysedDocument, sentence: Sentence, offset: number): Clause | undefined {
  return sentence.clauses.find((c) => {
    const span = clauseSpan(doc, c);
    return offset >= span.start && offset < Math.max(span.end, span.start + 1);
  }) ?? sentence.clauses.find((c) => (doc.tokens[c.first]?.start ?? 0) <= offset && offset <= (doc.tokens[c.last]?.end ?? 0));
}

/** A document-level finding sits at line 1, column 1 (rules.md). */
export function atDocumentStart(message: string, suggestion: string): Finding {
  return { start: 0, end: 0, message, suggestion };
}

/** Quote the words a finding is about, trimmed for a message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[,;:]$/, '');
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2));
  return `“${atWord.replace(/[,;:]$/, '')}…”`;
}

/** The neighbouring sentences a reader takes together with this one. */
export function neighbours(doc: AnalysedDocument, sentence: Sentence): Sentence[] {
  return [doc.sentences[sentence.index - 1], sentence, doc.sentences[sentence.index + 1]].filter(
    (s): s is Sentence => !!s && s.voice === 'writer',
  );
}

/** Is the text just before a match a negation ("not our fault", "wasn't just")? `reach` words may sit between. */
export function negatedBefore(before: string, reach = 2): boolean {
  let pattern = NEGATION_BEFORE.get(reach);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:not|n['’]t|never|no)\\s+(?:\\w+\\s+){0,${reach}}$`, 'i');
    NEGATION_BEFORE.set(reach, pattern);
  }
  return pattern.test(before);
}
const NEGATION_BEFORE = new Map<number, RegExp>();
