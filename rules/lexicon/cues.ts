// The cue lists of data/lexicon/cues/*.txt, one alternative per line, as
// regular expressions. The lists are data: edit a .txt file, then run
// `npm run lexicon` (test/lexicon.test.ts fails while the JSON is stale).
import lists from '../../data/lexicon/cues.json' with { type: 'json' };

const compiled = new Map<string, RegExp>();

/** The cue list `name` as one regular expression, compiled once; a global one is shared, so read it with matchAll or reset lastIndex. */
export function cue(name: string): RegExp {
  let re = compiled.get(name);
  if (!re) {
    const list = (lists as Record<string, { source: string; flags: string } | undefined>)[name];
    if (!list) throw new Error(`no cue list '${name}' in data/lexicon/cues`);
    compiled.set(name, (re = new RegExp(list.source, list.flags)));
  }
  return re;
}
