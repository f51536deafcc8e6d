// WordNet 3.1 classes of a lemma (lexicographer files and the anchors of
// data/lexicon/wordnet-anchors.txt), from the table scripts/wordnet-classes.mjs
// builds. Looked up, never computed, at lint time.
import { readDataFile } from '../data-files.js';

type Pos = 'n' | 'v' | 'a';
const NONE: readonly string[] = [];
/** Lemma → classes, split once: a Map, where a 10,000-key object made every look-up slow. */
const TABLES = loadTables(readDataFile('wordnet-classes.json') as Record<Pos, Record<string, string>>);

function loadTables(table: Record<Pos, Record<string, string>>): Map<Pos, Map<string, readonly string[]>> {
  const tables = new Map<Pos, Map<string, readonly string[]>>();
  for (const pos of ['n', 'v', 'a'] as const) {
    const classes = new Map<string, readonly string[]>();
    const shared = new Map<string, readonly string[]>();
    for (const [lemma, entry] of Object.entries(table[pos])) {
      let split = shared.get(entry);
      if (!split) shared.set(entry, (split = Object.freeze(entry.split(' '))));
      classes.set(lemma, split);
    }
    tables.set(pos, classes);
  }
  return tables;
}

export function wordClasses(lemma: string, pos: Pos): readonly string[] {
  return TABLES.get(pos)?.get(lemma) ?? NONE;
}
