// WordNet 3.1 classes of a lemma (lexicographer files and the anchors of
// data/lexicon/wordnet-anchors.txt), from the table scripts/wordnet-classes.mjs
// builds. Looked up, never computed, at lint time.
import table from '../../../data/wordnet-classes.json' with { type: 'json' };

type Pos = 'n' | 'v' | 'a';
const tables = table as Record<Pos, Record<string, string>>;
const NONE: readonly string[] = [];
const split = new Map<string, readonly string[]>();

export function wordClasses(lemma: string, pos: Pos): readonly string[] {
  const entry = tables[pos][lemma];
  if (entry === undefined) return NONE;
  let classes = split.get(entry);
  if (!classes) {
    classes = entry.split(' ');
    split.set(entry, classes);
  }
  return classes;
}
