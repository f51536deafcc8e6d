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

/** A net's trigger keys in compromise's order (the order its patterns run in), with their patterns. */
interface PreparedNet {
  order: Map<string, number>;
  lists: Pattern[][];
  /**
   * For each pattern in `lists`, the id of its `match`: patterns with the same
   * `match` are one pattern to compromise, and only the first one found runs.
   */
  ids: Int32Array[];
  stamps: Uint32Array;
  generation: number;
}

const PREPARED = new WeakMap<Net, PreparedNet>();

function prepare(net: Net): PreparedNet {
  let prepared = PREPARED.get(net);
  if (!prepared) {
    const keys = Object.keys(net.hooks);
    const byMatch = new Map<string, number>();
    const lists = keys.map((key) => net.hooks[key] as Pattern[]);
    const ids = lists.map((list) =>
      Int32Array.from(list, (pattern) => {
        if (!byMatch.has(pattern.match)) byMatch.set(pattern.match, byMatch.size);
        return byMatch.get(pattern.match) as number;
      }),
    );
    prepared = { order: new Map(keys.map((key, i) => [key, i])), lists, ids, stamps: new Uint32Array(byMatch.size), generation: 0 };
    PREPARED.set(net, prepared);
  }
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
  const { order, lists, ids, stamps } = prepared;
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as Term[];
    const haves = caches[n] as Set<string>;
    const hooked: number[] = [];
    for (const key of haves) {
      const index = order.get(key);
      if (index !== undefined) hooked.push(index);
    }
    hooked.sort((a, b) => a - b);
    const generation = ++prepared.generation;
    const todo: Pattern[] = [];
    for (const index of hooked) {
      const list = lists[index] as Pattern[];
      const listIds = ids[index] as Int32Array;
      for (let k = 0; k < list.length; k++) {
        const id = listIds[k] as number;
        if (stamps[id] === generation) continue;
        stamps[id] = generation;
        const pattern = list[k] as Pattern;
        if (terms.length >= pattern.minWords && applies(pattern, haves)) todo.push(pattern);
      }
    }
    for (const pattern of net.always) if (terms.length >= pattern.minWords) todo.push(pattern);
    for (const pattern of todo) {
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
