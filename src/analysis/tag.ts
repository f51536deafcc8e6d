// Tags a stretch of text with compromise, once, and returns tokens whose
// offsets point into the original document.
//
// Drafts are often typed fast: "didnt", "thats", "Ill". Those are repaired
// before tagging (so "I didnt check" reads as did + not + check), through an
// offset map that sends every position back to what the writer typed.
import nlp from './compromise.js';
import { wordClasses } from './acts/wordnet.js';
import type { Token } from '../types.js';

/** Contractions typed without the apostrophe, and the word they mean. */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: "don't", didnt: "didn't", doesnt: "doesn't", cant: "can't", wont: "won't", wasnt: "wasn't",
  werent: "weren't", isnt: "isn't", arent: "aren't", couldnt: "couldn't", shouldnt: "shouldn't",
  wouldnt: "wouldn't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't", thats: "that's",
  youve: "you've", youre: "you're", theyre: "they're", theyve: "they've", ive: "I've", im: "I'm",
  weve: "we've", youll: "you'll", theyll: "they'll", itll: "it'll", whats: "what's",
};

/** Participles compromise leaves unreduced ("given" → give). */
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  given: 'give', taken: 'take', written: 'write', gone: 'go', done: 'do', seen: 'see', known: 'know',
  shown: 'show', broken: 'break', chosen: 'choose', forgotten: 'forget', driven: 'drive', gotten: 'get',
  hidden: 'hide', spoken: 'speak', stolen: 'steal', begun: 'begin', mistaken: 'mistake', overtaken: 'overtake',
  undertaken: 'undertake', withdrawn: 'withdraw', thrown: 'throw', drawn: 'draw', ridden: 'ride', frozen: 'freeze',
  woken: 'wake', eaten: 'eat', fallen: 'fall', proven: 'prove', sewn: 'sew', blown: 'blow', grown: 'grow', flown: 'fly',
  misread: 'misread', mislaid: 'mislay', misled: 'mislead', overlooked: 'overlook', sent: 'send', left: 'leave', lost: 'lose',
};

const PARTICIPLE_PREFIXES = ['re', 'over', 'mis', 'under', 'out', 'un'];
const PREFIXED = new RegExp(`^(${PARTICIPLE_PREFIXES.join('|')})(.+)$`);
/** Their first letters: most words start with none, and skip the expression (0.5% of the analysis, callgrind). */
const PREFIX_STARTS = new Set(PARTICIPLE_PREFIXES.map((prefix) => prefix[0]));
/** "given" → give, and with a prefix: "rewritten" → rewrite, "mistaken" → mistake. */
function participleRoot(word: string): string | undefined {
  const direct = IRREGULAR_PARTICIPLES[word];
  if (direct) return direct;
  if (!PREFIX_STARTS.has(word[0])) return undefined;
  const prefixed = PREFIXED.exec(word);
  const base = prefixed ? IRREGULAR_PARTICIPLES[prefixed[2] as string] : undefined;
  return base && prefixed ? `${prefixed[1]}${base}` : undefined;
}

interface Repaired {
  text: string;
  /** For each index of the repaired text, the index in the input it came from; null when nothing was repaired. */
  origin: number[] | null;
}

/**
 * The whole words that may be bare contractions ("Ill" among them), found
 * directly: matching every word of a block to find the few that are was
 * most of what the repair cost.
 */
const MAYBE_BARE = new RegExp(`\\b(?:${[...Object.keys(BARE_CONTRACTIONS), 'ill'].join('|')})\\b`, 'gi');

function repairContractions(input: string): Repaired {
  MAYBE_BARE.lastIndex = 0;
  let m = MAYBE_BARE.exec(input);
  if (m === null) return { text: input, origin: null };
  const origin: number[] = [];
  let text = '';
  let last = 0;
  // exec() on the one expression, not matchAll(), which clones it (compiled afresh in a process started from the snapshot).
  for (; m !== null; m = MAYBE_BARE.exec(input)) {
    const word = m[0];
    // "Ill" with a capital is the texter's "I'll"; "ill" is being unwell.
    const fix = word === 'Ill' ? "I'll" : BARE_CONTRACTIONS[word.toLowerCase()];
    if (!fix) continue;
    for (let i = last; i < m.index; i++) origin.push(i);
    text += input.slice(last, m.index);
    // Keep the writer's capitals; the inserted apostrophe maps to the letter after it.
    const apostrophe = fix.indexOf("'");
    const repaired = word.slice(0, apostrophe) + "'" + word.slice(apostrophe);
    for (let i = 0; i < repaired.length; i++) origin.push(m.index + (i <= apostrophe ? i : i - 1));
    text += repaired;
    last = m.index + word.length;
  }
  for (let i = last; i < input.length; i++) origin.push(i);
  text += input.slice(last);
  return { text, origin };
}

/**
 * One Set per distinct list of tags, shared by every token that has those tags:
 * a document has a few hundred combinations, but a Set per token costs ~150
 * bytes. Nothing changes a token's tags in place (they are replaced whole),
 * which is what makes sharing safe. Bounded, in case some input makes endless
 * combinations.
 */
const TAG_SETS = new Map<string, ReadonlySet<string>>();
function tagSet(tags: Iterable<string>): ReadonlySet<string> {
  let key = '';
  for (const tag of tags) key += `${tag}|`;
  let set = TAG_SETS.get(key);
  if (!set) {
    set = new Set(tags);
    if (TAG_SETS.size < 10_000) TAG_SETS.set(key, set);
  }
  return set;
}

/**
 * One copy of each string a token holds (its text, word, root, trailing
 * punctuation), per document: the same few thousand words recur all through a
 * long one, and each copy costs 20-40 bytes.
 */
export type StringTable = Map<string, string>;
function intern(strings: StringTable, value: string): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  root?: string;
  post?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * Tags `text` (a block of the masked document starting at `base`) and returns
 * its tokens. Token indexes start at `firstIndex`. `strings` is the document's
 * table of token strings, shared by its blocks.
 */
export function tagBlock(text: string, base: number, firstIndex: number, strings: StringTable = new Map()): Token[] {
  const repaired = repairContractions(text);
  const doc = nlp(repaired.text);
  doc.compute(['root', 'offset']);
  // compromise's own terms, read in place: json() would copy every one first.
  const sentences = doc.docs as unknown as CompromiseTerm[][];
  const tokens: Token[] = [];
  const { origin } = repaired;
  const toOriginal = (i: number): number => {
    if (origin === null) return Math.min(i, text.length);
    if (i >= origin.length) return text.length;
    return origin[i] ?? text.length;
  };
  for (const sentence of sentences) {
    for (const term of sentence) {
      // compromise's length can include trailing punctuation; trim to the word.
      const raw = term.text ?? '';
      const startR = term.offset.start;
      const lengthR = raw.length === 0 ? 0 : raw.length;
      const start = base + toOriginal(startR);
      const end = lengthR === 0 ? start : base + toOriginal(startR + lengthR - 1) + 1;
      const normal = (term.normal ?? raw).toLowerCase();
      const word = (term.implicit ?? normal).toLowerCase().replace(/[’‘]/g, "'");
      tokens.push({
        index: firstIndex + tokens.length,
        text: lengthR === 0 ? '' : intern(strings, text.slice(start - base, end - base)),
        word: intern(strings, word),
        // compromise gives every form of "be" the root "is"; call it "be".
        root: intern(strings, participleRoot(word) ?? (term.tags.has('Copula') ? 'be' : (term.root ?? word).toLowerCase())),
        start,
        end,
        tags: tagSet(term.tags),
        post: intern(strings, (term.post ?? '').trim()),
        placeholder: false,
        quoted: false,
      });
    }
  }
  for (const t of tokens) if (MISREAD_ADVERBS.has(t.word)) t.tags = tagSet(['Adverb']);
  // "…I normally use has also let me down": "has" read as a noun before an adverb and a verb.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const after = next?.tags.has('Adverb') ? tokens[i + 2] : next;
    if (/^(?:has|have|had)$/.test(t.word) && !t.tags.has('Verb') && after?.tags.has('Verb')) t.tags = tagSet(['Verb', 'Auxiliary']);
  });
  retagVerbsReadAsNouns(tokens);
  retagPastAfterSubject(tokens);
  retagVerbAfterSubjectAdverb(tokens);
  retagNounBeforeAdverbVerb(tokens);
  for (const t of tokens) if (t.root === t.word && /ed$/.test(t.word) && (t.tags.has('Adjective') || t.tags.has('Verb'))) t.root = stemOfPast(t.word);
  return tokens;
}

/** "delayed" → delay, "cancelled" → cancel, "moved" → move, "carried" → carry: for -ed words compromise left as adjectives. */
function stemOfPast(word: string): string {
  // WordNet knows which stem is a verb ("muted" → mute, "blocked" → block, "stopped" → stop).
  const known = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), word.replace(/ied$/, 'y')].find((stem) => stem.length > 1 && wordClasses(stem, 'v').length > 0);
  if (known) return known;
  if (/ied$/.test(word)) return word.replace(/ied$/, 'y');
  if (/(?:ss|ll|ff|zz)ed$/.test(word) && !/[^aeiou]elled$/.test(word)) return word.slice(0, -2);
  if (/([bdgklmnprt])\1ed$/.test(word)) return word.slice(0, -3);
  if (/(?:[^aeiou][aeiou][^aeiouwxy]|[cgsvz]|[^aeiou][lr]|ti|ri|u)ed$/.test(word) && !/(?:ck|rn|rm|rt|nd)ed$/.test(word)) return word.slice(0, -1);
  return word.slice(0, -2);
}

/** "Autoscaler changes now go through a canary": a plural after a noun, then "now" and a verb, is the subject. */
function retagNounBeforeAdverbVerb(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const adverb = tokens[i + 1] as Token;
    const verb = tokens[i + 2] as Token;
    if (!t.tags.has('Verb') || !/[^s]s$/.test(t.word) || !prev.tags.has('Noun') || prev.tags.has('Pronoun')) continue;
    if (!['now', 'also', 'always', 'still', 'then', 'all'].includes(adverb.word) || !verb.tags.has('Verb')) continue;
    t.tags = tagSet(['Noun', 'Plural']);
    t.root = t.word.slice(0, -1);
  }
}

/** "We now double-box every vase": after a subject and "now", the next word is the verb. */
function retagVerbAfterSubjectAdverb(tokens: Token[]): void {
  for (let i = 2; i < tokens.length - 1; i++) {
    const adverb = tokens[i - 1] as Token;
    const subject = tokens[i - 2] as Token;
    // "double-box" comes as two hyphenated halves: the second carries the verb.
    const split = (tokens[i] as Token).tags.has('Hyphenated') && tokens[i + 1]?.tags.has('Hyphenated');
    const t = tokens[split ? i + 1 : i] as Token;
    const next = tokens[split ? i + 2 : i + 1];
    if (!next || t.tags.has('Verb') || !/^[a-z][a-z-]+$/.test(t.word)) continue;
    if (!SUBJECT_PRONOUNS.has(subject.word) || !['now', 'also', 'always', 'still', 'then', 'hereby'].includes(adverb.word)) continue;
    if (!(next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Value') || next.tags.has('Noun'))) continue;
    t.tags = tagSet(['Verb', 'PresentTense']);
    if (split) t.root = `${(tokens[i] as Token).word}-${t.word}`;
  }
}

/** Formal adverbs compromise reads as verbs ("We hereby refund…"). */
const MISREAD_ADVERBS = new Set(['hereby', 'herewith', 'thereby', 'hence']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const VERB_PREFIXES = new Set(['double', 'triple', 'over', 'under', 'mis', 'pre', 're', 'cross', 'auto']);

/** "We double-booked the barn": compromise splits the verb and tags neither half a verb. */
function retagPastAfterSubject(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.tags.has('Verb') || !/ed$/.test(t.word)) continue;
    const prev = tokens[i - 1] as Token;
    const before = tokens[i - 2];
    const prefixed = VERB_PREFIXES.has(prev.word) && !!before && SUBJECT_PRONOUNS.has(before.word);
    if (!prefixed && !SUBJECT_PRONOUNS.has(prev.word)) continue;
    t.tags = tagSet(['Verb', 'PastTense']);
    t.root = `${prefixed ? `${prev.word}-` : ''}${t.root.replace(/(?:ed)$/, '')}`;
    if (prefixed) prev.tags = tagSet(['Adverb']);
  }
}

/**
 * compromise reads a present-tense verb after a name as a plural noun
 * ("Version 5.2.1 restores your settings"). A plural noun followed straight
 * by an object ("your", "the", "every") is taken as the verb it is.
 */
function retagVerbsReadAsNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (!t.tags.has('Plural') || t.tags.has('Verb') || !/[^s]s$/.test(t.word)) continue;
    if (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Possessive') || prev.tags.has('Preposition')) continue;
    if (!(next.tags.has('Possessive') || next.tags.has('Determiner'))) continue;
    t.tags = tagSet(['Verb', 'PresentTense']);
    t.root = t.word.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, '');
  }
}
