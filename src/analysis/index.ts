// analyse(): the one pass that turns a draft into the form every rule reads.
//
//   prose from the inputs (src/inputs/mask.ts: placeholders, template syntax
//   and markup masked, same length, so offsets stay true; headings the format marks)
//     → layout blocks (greeting, body, headings, sign-off, speaker turns)
//     → sentences from retext-english (NLCST positions), block by block so the
//       parse stays linear on long documents
//     → tokens tagged by compromise, once per block
//     → clauses with subject, verb group, negation, tense, voice, condition
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Paragraph, Sentence as NlcstSentence } from 'nlcst';
import type { ActScores, AnalysedDocument, Sentence, Token } from '../types.js';
import { readClauses } from './clauses.js';
import { layoutBlocks, type Block } from './layout.js';
import { buildLexicon, type Lexicon, type LexiconAdditions } from './lexicon.js';
import { inPlace } from '../inputs/extraction.js';
import { prepareProse, type Prose } from '../inputs/mask.js';
import { tagBlock } from './tag.js';
import { NO_ACTS, sentenceActs } from './acts/index.js';

export interface AnalyseOptions {
  placeholderPatterns?: string[];
  lexicon?: LexiconAdditions;
}

let parser: ReturnType<typeof createParser> | undefined;
function createParser() {
  return unified().use(retextEnglish);
}

/** Sentence ranges of one block, from retext-english. */
function sentenceRanges(text: string): Array<[number, number]> {
  parser ??= createParser();
  const tree = parser.parse(text) as Root;
  const ranges: Array<[number, number]> = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const s = sentence as NlcstSentence;
      const start = s.position?.start.offset;
      const end = s.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  return ranges;
}

/**
 * Chat drafts end sentences with an emoji instead of a full stop ("…in full 💐 We've
 * switched…"); retext does not split there, so split after an emoji run before a capital.
 */
function splitUnmarkedSentences(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    let start = from;
    const piece = text.slice(from, to);
    // Each pattern matches a bounded stretch, so the scan stays linear on runs of emoji or spaces.
    const cuts: number[] = [];
    for (const m of piece.matchAll(/\p{Extended_Pictographic}\uFE0F?\s+/gu)) {
      const after = m.index + m[0].length;
      if (/[A-Z]/.test(piece.charAt(after))) cuts.push(after);
    }
    // retext also keeps "…has 10. We set it up…" together: a number then a full stop ends a sentence too.
    for (const m of piece.matchAll(/(?<=\s\d{1,4}(?:[.,:]\d+)?(?:am|pm|%)?\.)\s+(?=[A-Z])/g)) cuts.push(m.index + m[0].length);
    // Chat typed in lower case: "…not yours. ive sent it" ends a sentence too (a word of three letters or more, not an abbreviation).
    for (const m of piece.matchAll(/(?=\s)(?<=[a-z]{3}[.!?]+)\s+(?=[a-z])/g)) cuts.push(m.index + m[0].length);
    for (const cut of cuts.sort((a, b) => a - b).map((c) => from + c)) {
      if (cut > start && cut < to) {
        out.push([start, cut]);
        start = cut;
      }
    }
    out.push([start, to]);
  }
  return out;
}

/**
 * The parsers grow faster than linearly on one long block, and so do some
 * patterns on one long sentence. A block longer than this is cut at its last
 * sentence end (or space) before the limit; real paragraphs are far shorter.
 */
const MAX_BLOCK = 2000;

function boundBlock(text: string, block: Block): Block[] {
  const pieces: Block[] = [];
  let start = block.start;
  while (block.end - start > MAX_BLOCK) {
    const window = text.slice(start, start + MAX_BLOCK);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > MAX_BLOCK / 2 ? sentenceEnd + 2 : space > MAX_BLOCK / 2 ? space + 1 : MAX_BLOCK;
    pieces.push({ ...block, start, end: start + cut });
    start += cut;
  }
  pieces.push({ ...block, start });
  return pieces;
}

/** Spans inside double quotation marks: someone else's words, or a name. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/"[^"\n]{1,400}"|“[^”\n]{1,400}”/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Does [start, end) touch one of the sorted, non-overlapping spans? A binary search keeps long documents linear. */
function inSpans(spans: Array<[number, number]>, start: number, end: number): boolean {
  const stop = Math.max(end, start + 1);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid] as [number, number];
    if (b <= start) lo = mid + 1;
    else if (a >= stop) hi = mid - 1;
    else return true;
  }
  return false;
}

const GREETING_SENTENCE = /^\W*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings)\b(?:\s+[\p{L}.'’-]+){0,3}\s*[,!.:]?[\s\p{Extended_Pictographic}]*$/iu;

/**
 * A draft's prose, as the inputs prepared it; a string is read as plain text
 * (its placeholders masked with `options.placeholderPatterns`).
 */
export function analyse(input: string | Prose, options: AnalyseOptions = {}): AnalysedDocument {
  const prose = typeof input === 'string' ? prepareProse(inPlace(input), { placeholderPatterns: options.placeholderPatterns ?? [] }) : input;
  const { text } = prose;
  const masked = { text: prose.masked, placeholders: prose.placeholders };
  const blocks = layoutBlocks(masked.text, prose.headings);
  const quotes = quotedSpans(text);

  const tokens: Token[] = [];
  const strings = new Map<string, string>();
  const pending: Array<Omit<Sentence, 'clauses' | 'bodyIndex' | 'index' | 'acts'>> = [];
  for (const block of blocks.flatMap((b) => boundBlock(masked.text, b))) {
    const blockText = masked.text.slice(block.start, block.end);
    if (blockText.trim() === '') continue;
    const blockTokens = tagBlock(blockText, block.start, tokens.length, strings);
    for (const token of blockTokens) {
      token.placeholder = inSpans(masked.placeholders, token.start, token.end);
      token.quoted = inSpans(quotes, token.start, token.end);
    }
    tokens.push(...blockTokens);
    for (const [from, to] of splitUnmarkedSentences(blockText, sentenceRanges(blockText))) {
      const start = block.start + from;
      const end = block.start + to;
      const own = blockTokens.filter((t) => t.start >= start && t.start < end);
      if (own.length === 0) continue;
      const sentenceText = text.slice(start, end);
      let role = block.role;
      if (role === 'body' && GREETING_SENTENCE.test(masked.text.slice(start, end))) role = 'greeting';
      const words = own.filter((t) => t.text !== '' && !t.placeholder);
      const voice = block.voice === 'writer' && words.length > 0 && words.every((t) => t.quoted) ? 'customer' : block.voice;
      pending.push({
        start,
        end,
        text: sentenceText,
        role,
        voice,
        question: /\?[\s"'”’)\]*_]*$/u.test(masked.text.slice(start, end).replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '').trimEnd()),
        // slice(): filter's result keeps room to grow; the copy holds only the sentence's tokens.
        tokens: own.slice(),
      });
    }
  }

  const lexicon = lexiconFor(pending, options.lexicon);
  let body = 0;
  const sentences = pending.map((s, index) => {
    const counts = s.role === 'body' && s.voice === 'writer' && s.tokens.some((t) => t.text !== '' && !t.placeholder);
    return new AnalysedSentence(s, index, counts ? body++ : -1, readClauses(s.tokens, lexicon));
  });
  const doc: AnalysedDocument = { text, masked: masked.text, sentences, tokens, remedyWords: lexicon.remedies };
  // Only the writer's sentences mean anything to a rule; the customer's, greetings and sign-offs keep NO_ACTS.
  for (const sentence of sentences) {
    if (sentence.voice !== 'writer' || sentence.role === 'signoff' || sentence.role === 'greeting') continue;
    sentence.scoreIn(doc);
  }
  return doc;
}

type PendingSentence = Pick<Sentence, 'start' | 'end' | 'text' | 'role' | 'voice' | 'question' | 'tokens'>;

/**
 * A sentence as analyse() makes it. Its acts are scored when first read: most
 * rules ask only where their grammar found nothing, so most sentences never
 * are. The getter is the class's: one defined on each sentence made every
 * sentence a dictionary, and every read of its fields by every rule a slow
 * look-up (rules took twice the time). Fields spelled out, not `{ ...s, … }`:
 * V8 gives every object made by that spread its own hidden class.
 */
class AnalysedSentence implements Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: Sentence['role'];
  readonly voice: Sentence['voice'];
  readonly question: boolean;
  readonly tokens: Token[];
  readonly index: number;
  readonly bodyIndex: number;
  readonly clauses: Sentence['clauses'];
  #doc: AnalysedDocument | undefined;
  #acts: ActScores | undefined;

  constructor(s: PendingSentence, index: number, bodyIndex: number, clauses: Sentence['clauses']) {
    this.start = s.start;
    this.end = s.end;
    this.text = s.text;
    this.role = s.role;
    this.voice = s.voice;
    this.question = s.question;
    this.tokens = s.tokens;
    this.index = index;
    this.bodyIndex = bodyIndex;
    this.clauses = clauses;
  }

  /** Has the sentence's acts scored (when first read) as part of `doc`. */
  scoreIn(doc: AnalysedDocument): void {
    this.#doc = doc;
  }

  get acts(): ActScores {
    if (this.#acts === undefined) this.#acts = this.#doc === undefined ? NO_ACTS : sentenceActs(this.#doc, this);
    return this.#acts;
  }
}

/**
 * The document's own names. The company in the sign-off ("Fernleaf Security
 * Team") speaks as the writer; a name in apposition to a party ("our courier,
 * Swiftpost", "our hosting provider NimbusCloud") is that party wherever it recurs.
 */
function lexiconFor(sentences: Array<Pick<Sentence, 'role' | 'tokens'>>, additions?: LexiconAdditions): Lexicon {
  const names = new Set<string>();
  for (const s of sentences) {
    if (s.role !== 'signoff') continue;
    for (const t of s.tokens) {
      if ((t.tags.has('Organization') || t.tags.has('ProperNoun')) && !t.tags.has('Person') && !t.placeholder && t.word.length > 2) names.add(t.word);
    }
  }
  const base = buildLexicon(additions, names);
  const parties = new Set<string>();
  const isName = (t: Token | undefined): t is Token => !!t && t.tags.has('ProperNoun') && !t.placeholder && !base.writerNames.has(t.word) && /^[A-Z]/.test(t.text);
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!base.thirdParties.has(t.word) && !base.staff.has(t.word)) return;
      // "our courier, Swiftpost" / "our provider NimbusCloud"
      for (let j = i + 1; isName(s.tokens[j]); j++) parties.add((s.tokens[j] as Token).word);
      // "the translator assigned to your project, Jens, misread…": a name set off by commas a few words on.
      const later = s.tokens.slice(i + 1, i + 7).find((u, k, list) => isName(u) && /,/.test(u.post) && /,/.test((list[k - 1] ?? t).post));
      if (later) parties.add(later.word);
      // "Swiftpost, our courier"
      const before = s.tokens.slice(Math.max(0, i - 3), i);
      const name = before.find((u) => isName(u) && /,/.test(u.post));
      if (name && before.some((u) => u.word === 'our' || u.word === 'the')) parties.add(name.word);
    });
  }
  return parties.size === 0 ? base : buildLexicon({ ...additions, thirdParties: [...(additions?.thirdParties ?? []), ...parties] }, names);
}
