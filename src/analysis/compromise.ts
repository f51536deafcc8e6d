// compromise, set up once for this engine. Two changes of speed, none of
// result (test/compromise.test.ts compares the tags with stock compromise):
//
// - Its last step groups words into chunks, which no rule reads (~12% of
//   tagging).
// - Before it runs its 570 tag-fixing patterns on a sentence, its sweep
//   looks through all 730 words and tags that trigger them for those the
//   sentence has (compromise 14.17, src/1-one/sweep/methods/sweep/01-getHooks.js):
//   a fifth of all tagging. Here the sentence's own words and tags are looked
//   up instead, then put back in compromise's order, so the same patterns run
//   in the same order. The rest of the sweep is compromise's, as written there.
import nlp from 'compromise';

interface Term {
  tags: Set<string>;
}
interface Pattern {
  match: string;
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
    bulkMatch: typeof bulkMatch;
  };
}
interface Found extends Pattern {
  pointer: number[];
}

const world = nlp.world() as unknown as { hooks: string[]; methods: Methods };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
world.methods.one.bulkMatch = bulkMatch;

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
interface PreparedNet {
  /** Per key, the ids of the patterns it gates. */
  gates: Map<string, number[]>;
  /**
   * Per id, where compromise meets it, in its order: the key (by its place in
   * the net) and the pattern filed there. Patterns with the same `match` are
   * one pattern to compromise, which runs only the first it meets.
   */
  places: Place[][];
  stamps: Uint32Array;
  generation: number;
}

const PREPARED = new WeakMap<Net, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = PREPARED.get(net);
  if (prepared) return prepared;
  const keys = Object.keys(net.hooks);
  const ids = new Map<string, number>();
  const places: PreparedNet['places'] = [];
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
  const gates = new Map<string, number[]>();
  const file = (key: string, id: number): void => {
    const list = gates.get(key);
    if (list) list.push(id);
    else gates.set(key, [id]);
  };
  places.forEach((place, id) => {
    const { needs, wants } = (place[0] as Place).pattern;
    if (needs.length > 0) {
      // Any need would do; a word is rarer than a tag, and a short list rarer than a long one.
      const rarity = (key: string): number => (/^[#%]/.test(key) ? 1e6 : 0) + (listLength.get(key) ?? 0);
      file(needs.reduce((best: string, need: string) => (rarity(need) < rarity(best) ? need : best)), id);
    } else for (const want of new Set(wants)) file(want, id);
  });
  prepared = { gates, places, stamps: new Uint32Array(places.length), generation: 0 };
  PREPARED.set(net, prepared);
  return prepared;
}

/** compromise's trim-down (02-trim-down.js): the sentence has every word a pattern needs, none it must not, enough it wants. */
function applies(pattern: Pattern, haves: Set<string>): boolean {
  for (const need of pattern.needs) if (!haves.has(need)) return false;
  if (pattern.ifNo !== undefined) for (const no of pattern.ifNo) if (haves.has(no)) return false;
  if (pattern.wants.length === 0) return true;
  let wanted = 0;
  for (const want of pattern.wants) if (haves.has(want)) wanted++;
  return wanted >= pattern.minWant;
}

function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const prepared = prepare(net);
  const { gates, places, stamps } = prepared;
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as Term[];
    const haves = caches[n] as Set<string>;
    const generation = ++prepared.generation;
    const todo: Array<Pick<Place, 'rank' | 'pattern'>> = [];
    for (const key of haves) {
      const gated = gates.get(key);
      if (gated === undefined) continue;
      for (const id of gated) {
        if (stamps[id] === generation) continue;
        stamps[id] = generation;
        // The pattern compromise meets first is the one it weighs (and the only one it runs).
        const first = (places[id] as Place[]).find((place) => haves.has(place.key));
        if (first && terms.length >= first.pattern.minWords && applies(first.pattern, haves)) todo.push(first);
      }
    }
    todo.sort((a, b) => a.rank - b.rank);
    for (const pattern of net.always) if (terms.length >= pattern.minWords) todo.push({ rank: Infinity, pattern });
    for (const { pattern } of todo) {
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
