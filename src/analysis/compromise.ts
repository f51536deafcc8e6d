// compromise as the analysis uses it. `compromise/two` is its documented
// entry point for tokenizing and tagging without the phrase methods and the
// chunker (which no rule reads: ~12% of tagging with the full `compromise`).
//
// On the release it was written for (SWEEP_WRITTEN_FOR, checked against
// nlp.version), a faster sweep of its post-tagger's 570 tag-fixing patterns
// replaces compromise's (2-two/postTagger, 1-one/sweep): it reads fields of
// compromise's that are not documented (a pattern's `needs`, `wants`,
// `regs`, a term's `fastOr`), so on any other release compromise runs stock.
// Changes of speed, none of result: test/compromise.test.ts compares every
// tag, root and offset with stock compromise on every text of ../shared/corpus.
//
// - compromise runs every pattern that one of a sentence's words or tags
//   triggers (through 730 triggers). Here the patterns a piece may need are
//   found through one word or tag each, and a pattern is run only where its
//   first two terms meet on adjacent words. (Following every plain term of
//   a pattern ran compromise's matcher 39% less often but cost more to check
//   than it saved: 2.8% more instructions per real-length draft, callgrind.)
// - Its toSingular inverts its table of irregular plurals on every call;
//   here once.
// - The sweep leaves no View per match behind (compromise's postTagger drops
//   them unread).
// The patterns that do run, run in compromise's order, through its matcher.
// Installed with nlp.plugin(), compromise's own way to replace a compute
// function and a method.
import nlp from 'compromise/two';

/** The compromise release the sweep below was written against, field for field. */
export const SWEEP_WRITTEN_FOR = '14.17.0';

interface Term {
  [field: string]: unknown;
  tags: Set<string>;
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
}
/** One term of a parsed pattern (compromise's parseMatch): the fields read here. */
interface Reg {
  [field: string]: unknown;
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
}
interface Pattern {
  match: string;
  regs?: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(document: Term[][], pattern: Pattern): { ptrs: number[][] };
    bulkTagger(found: Found[], document: Term[][], world: World): void;
    bulkMatch: typeof bulkMatch;
  };
}
interface Found extends Pattern {
  pointer: number[];
}

/** The parts of a compromise View that its postTagger reads. */
interface View {
  world: World;
  docs: Term[][];
  methods: Methods;
  update(pointers: number[][]): View;
  uncache(): void;
  unfreeze(): void;
}
interface World {
  hooks: string[];
  methods: Methods & { two: { quickSplit(document: Term[][]): Array<Array<Term & { index: number[] }>> } };
  compute: Record<string, (view: View) => unknown>;
}

const world = nlp.world() as unknown as World;
const stockPostTagger = world.compute.postTagger as (view: View) => View;

/** Whether the faster sweep is in use: only on the release it was written for. */
export const fastSweep = nlp.version === SWEEP_WRITTEN_FOR;
if (fastSweep) {
  nlp.plugin({ compute: { postTagger }, methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
  const nouns = (world.methods as unknown as { two: { transform: { noun: { toSingular: ToSingular } } } }).two.transform.noun;
  nouns.toSingular = singularOf(nouns.toSingular);
}

type ToSingular = (plural: string, model: { two: { irregularPlurals: Record<string, string> } }) => string;
/**
 * compromise's toSingular (2-two/preTagger/methods/transform/nouns) inverts
 * its whole table of irregular plurals on every call, for every plural noun
 * it finds a root for (~1% of tagging). Inverted once here; the rest is its own
 * (called with no irregulars, which it then has nothing to invert).
 */
function singularOf(stock: ToSingular): ToSingular {
  const inverted = new WeakMap<object, Map<string, string>>();
  const noIrregulars = { two: { irregularPlurals: {} } };
  return (plural, model) => {
    const irregulars = model.two.irregularPlurals;
    let singulars = inverted.get(irregulars);
    if (!singulars) {
      singulars = new Map();
      // In key order, so that a plural two singulars share goes to the last, as compromise's reduce does.
      for (const singular of Object.keys(irregulars)) singulars.set(irregulars[singular] as string, singular);
      inverted.set(irregulars, singulars);
    }
    return singulars.get(plural) ?? stock(plural, noIrregulars);
  };
}

/** The net the last bulkMatch ran. */
let lastNet: Net | undefined;
let postTaggerNet: Net | undefined;
/**
 * compromise's postTagger (2-two/postTagger/compute/index.js) without what
 * its sweep adds for callers of match(): a View for every pattern found,
 * which the postTagger drops unread (~4% of tagging).
 */
function postTagger(view: View): View {
  if (postTaggerNet === undefined) {
    // compromise builds its net of patterns on first use, parsing them in
    // place (a second build fails on the parsed ones): let it, and keep that net.
    lastNet = undefined;
    const tagged = stockPostTagger(view);
    postTaggerNet = lastNet;
    return tagged;
  }
  const { methods } = view.world;
  // The patterns run on pieces of sentences split at commas, as compromise runs them.
  const pieces = methods.two.quickSplit(view.docs);
  const pointers = pieces.map((terms) => {
    const index = (terms[0] as { index: number[] }).index;
    return [index[0] as number, index[1] as number, (index[1] as number) + terms.length];
  });
  const scope = view.update(pointers);
  const document = scope.docs;
  methods.one.bulkTagger(methods.one.bulkMatch(document, postTaggerNet, scope.methods), document, scope.world);
  view.uncache();
  view.unfreeze();
  return view;
}

/**
 * A net indexed for one lookup per pattern. compromise files a pattern under
 * every word and tag it needs or wants, so a sentence with common tags
 * (#Noun, #Verb) visits hundreds of patterns several times over. Here a
 * pattern that needs words is filed under just one of them, its gate: it
 * cannot apply unless the gate is there. A pattern that only wants words stays
 * under each of them.
 */
interface Place {
  key: string;
  rank: number;
  pattern: Pattern;
}
/** One pattern (all those with its `match`) as the sweep reaches it. */
interface Entry {
  /**
   * Where compromise meets it, in its order: the key (by its place in the
   * net) and the pattern filed there. Patterns with the same `match` are one
   * pattern to compromise, which runs only the first it meets.
   */
  places: Place[];
  /** The words and tags it needs besides its gate (the same at every place: they come from `match`). */
  otherNeeds: string[];
  minWords: number;
  /** Its index in `stamps`. */
  id: number;
}
interface PreparedNet {
  /** Per key, the patterns it gates. */
  gates: Map<string, Entry[]>;
  stamps: Uint32Array;
  generation: number;
}

const PREPARED = new WeakMap<Net, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = PREPARED.get(net);
  if (prepared) return prepared;
  const keys = Object.keys(net.hooks);
  const ids = new Map<string, number>();
  const places: Place[][] = [];
  const listLength = new Map(keys.map((key) => [key, (net.hooks[key] as Pattern[]).length]));
  keys.forEach((key, k) => {
    (net.hooks[key] as Pattern[]).forEach((pattern, position) => {
      let id = ids.get(pattern.match);
      if (id === undefined) {
        id = ids.size;
        ids.set(pattern.match, id);
        places.push([]);
      }
      // Ranks sort as compromise walks the net: key by key, then down each key's list.
      (places[id] as Place[]).push({ key, rank: k * 65536 + position, pattern });
    });
  });
  const gates = new Map<string, Entry[]>();
  const file = (key: string, entry: Entry): void => {
    const list = gates.get(key);
    if (list) list.push(entry);
    else gates.set(key, [entry]);
  };
  // Any need would do as a gate; a word is rarer than a tag, and a short list rarer than a long one.
  const rarity = (key: string): number => (/^[#%]/.test(key) ? 1e6 : 0) + (listLength.get(key) ?? 0);
  places.forEach((place, id) => {
    const { needs, wants, minWords } = (place[0] as Place).pattern;
    const gate = needs.length > 0 ? needs.reduce((best: string, need: string) => (rarity(need) < rarity(best) ? need : best)) : undefined;
    const entry: Entry = { places: place, otherNeeds: needs.filter((need) => need !== gate), minWords, id };
    if (gate !== undefined) file(gate, entry);
    else for (const want of new Set(wants)) file(want, entry);
  });
  prepared = { gates, stamps: new Uint32Array(places.length), generation: 0 };
  PREPARED.set(net, prepared);
  return prepared;
}

function hasAll(haves: Set<string>, keys: readonly string[]): boolean {
  for (const key of keys) if (!haves.has(key)) return false;
  return true;
}

/**
 * The rest of compromise's trim-down (02-trim-down.js), once the sweep has
 * found every word the pattern needs: none it must not have, enough it wants.
 */
function appliesGivenNeeds(pattern: Pattern, haves: Set<string>): boolean {
  if (pattern.ifNo !== undefined) for (const no of pattern.ifNo) if (haves.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let wanted = 0;
  for (const want of pattern.wants) if (haves.has(want)) wanted++;
  return wanted >= pattern.minWant;
}

/**
 * A pattern term that matches one word on its own terms: a word, a tag, a
 * list of words or a %switch%, not optional, negative or a wildcard.
 */
const PLAIN_FIELDS = new Set(['word', 'tag', 'fastOr', 'switch', 'pos', 'use', 'start', 'end', 'greedy', 'min', 'max', 'group', 'groupStart', 'groupEnd', 'operator']);
function isPlain(reg: Reg | undefined): boolean {
  if (reg === undefined || (reg.word === undefined && reg.tag === undefined && reg.fastOr === undefined && reg.switch === undefined)) return false;
  for (const field in reg) if (!PLAIN_FIELDS.has(field) && reg[field] !== undefined && reg[field] !== false) return false;
  return true;
}

/** compromise's doesMatch (match/methods/match/term/doesMatch.js), for a plain term. */
function termMatches(term: Term, reg: Reg, index: number, length: number): boolean {
  if (reg.start === true && index !== 0) return false;
  if (reg.end === true && index !== length - 1) return false;
  if (reg.word !== undefined) {
    if (reg.use) return reg.word === term[reg.use];
    if (term.machine !== null && term.machine === reg.word) return true;
    if (term.alias?.some((alias) => alias === reg.word)) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return false;
    const form = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(form) || reg.fastOr.has(term.text);
  }
  return false;
}

/** Could this word start a match of `reg`? False only when it certainly cannot. */
type Check = (term: Term, index: number, length: number) => boolean;
/** The checks for a pattern's first two terms, and where the matcher lets them sit. */
interface Opening {
  first: Check;
  /** Null when the second term need not follow the first straight away. */
  second: Check | null;
  /** After a plain first term on half of a contraction, the matcher skips the other half. */
  skipsContractions: boolean;
  /** "^…": only the first word can start a match. */
  anchored: boolean;
}

/**
 * A check for a term the matcher must match at a word, or null when it need
 * not (optional, negative, wildcard) or takes another path ("foo+$").
 * A choice "(a b|c)" needs one choice to start at the word; "(a && #Noun)"
 * needs all of them to.
 */
function checkOf(reg: Reg | undefined): Check | null {
  if (reg === undefined || reg.optional === true || reg.negative === true || reg.anything === true) return null;
  if (reg.end === true && reg.greedy === true) return null;
  if (isPlain(reg)) return (term, index, length) => termMatches(term, reg, index, length);
  const choices = reg.choices as Reg[][] | undefined;
  if (!Array.isArray(choices) || !choices.every((choice) => Array.isArray(choice) && choice.length > 0)) return null;
  const firsts = choices.map((choice) => choice[0] as Reg);
  if (reg.operator === 'or') {
    // A choice that starts with something else might match: no check then.
    if (!firsts.every(isPlain)) return null;
    return (term, index, length) => firsts.some((first) => termMatches(term, first, index, length));
  }
  if (reg.operator === 'and') {
    const plain = firsts.filter(isPlain);
    if (plain.length === 0) return null;
    return (term, index, length) => plain.every((first) => termMatches(term, first, index, length));
  }
  return null;
}

const OPENINGS = new WeakMap<Pattern, Opening | null>();
function openingOf(pattern: Pattern): Opening | null {
  let opening = OPENINGS.get(pattern);
  if (opening !== undefined) return opening;
  const [firstReg, secondReg] = pattern.regs ?? [];
  const first = checkOf(firstReg);
  opening = null;
  if (first !== null && firstReg !== undefined) {
    // The second term sits right after the first only when the first takes exactly one word:
    // a plain term that is not greedy, or a choice of single plain words.
    const choices = firstReg.choices as Reg[][] | undefined;
    const oneWord =
      firstReg.greedy !== true &&
      firstReg.end !== true &&
      (isPlain(firstReg) || (Array.isArray(choices) && choices.every((choice) => choice.length === 1 && choice[0]?.greedy !== true)));
    const second = oneWord && secondReg?.start !== true ? checkOf(secondReg) : null;
    opening = { first, second, skipsContractions: isPlain(firstReg), anchored: firstReg.start === true };
  }
  OPENINGS.set(pattern, opening);
  return opening;
}

/**
 * Can the pattern match somewhere in the sentence? compromise tries it from
 * every word, slicing the sentence each time (02-from-here.js), but a match
 * must begin where its first term matches a word and go on with the second
 * term on the next word (or the one after, when a plain first term matched
 * half of a contraction, which the matcher skips over). Most of the patterns
 * that a sentence's words and tags let through fail here, and are not run.
 */
function mayMatch(pattern: Pattern, terms: Term[]): boolean {
  const opening = openingOf(pattern);
  if (opening === null) return true;
  const { first, second, skipsContractions, anchored } = opening;
  const length = terms.length;
  const starts = anchored ? Math.min(1, length) : length;
  for (let i = 0; i < starts; i++) {
    const term = terms[i] as Term;
    if (!first(term, i, length)) continue;
    if (second === null) return true;
    const next = terms[i + 1];
    if (next !== undefined && second(next, i + 1, length)) return true;
    const after = terms[i + 2];
    if (skipsContractions && term.implicit && after !== undefined && second(after, i + 2, length)) return true;
  }
  return false;
}

function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  lastNet = net;
  const caches = methods.one.cacheDoc(document);
  const prepared = prepare(net);
  const { gates, stamps } = prepared;
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as Term[];
    const haves = caches[n] as Set<string>;
    const generation = ++prepared.generation;
    const todo: Array<Pick<Place, 'rank' | 'pattern'>> = [];
    for (const key of haves) {
      const gated = gates.get(key);
      if (gated === undefined) continue;
      for (const entry of gated) {
        // Cheapest first: most of the patterns a piece reaches fail on its length or a missing need.
        if (terms.length < entry.minWords || !hasAll(haves, entry.otherNeeds)) continue;
        if (stamps[entry.id] === generation) continue;
        stamps[entry.id] = generation;
        // The pattern compromise meets first is the one it weighs (and the only one it runs).
        const first = entry.places.find((place) => haves.has(place.key));
        if (first && appliesGivenNeeds(first.pattern, haves)) todo.push(first);
      }
    }
    todo.sort((a, b) => a.rank - b.rank);
    for (const pattern of net.always) if (terms.length >= pattern.minWords) todo.push({ rank: Infinity, pattern });
    for (const { pattern } of todo) {
      if (!mayMatch(pattern, terms)) continue;
      const res = methods.one.match([terms], pattern);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const found: Found = Object.assign({}, pattern, { pointer: ptr });
        if (pattern.unTag !== undefined) found.unTag = pattern.unTag;
        results.push(found);
      }
      if (res.ptrs.length > 0 && opts.matchOne === true) return [results[0] as Found];
    }
  }
  return results;
}

export default nlp;
