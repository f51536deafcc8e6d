// Several rules read the same facts (the apology forms, the ownership
// statements…). Each is worked out once per document and shared.
import type { AnalysedDocument } from '../../src/types.js';

export function perDocument<T>(compute: (doc: AnalysedDocument) => T): (doc: AnalysedDocument) => T {
  const cache = new WeakMap<AnalysedDocument, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, compute(doc));
    return cache.get(doc) as T;
  };
}

/**
 * The items of a per-document list grouped by sentence index, built once per
 * list, so a rule that asks "what is in this sentence?" for every sentence
 * stays linear in the length of the document.
 */
const groups = new WeakMap<object, Map<number, unknown[]>>();
export function inSentence<T extends { sentence: { index: number } }>(items: readonly T[], index: number): T[] {
  let map = groups.get(items) as Map<number, T[]> | undefined;
  if (!map) {
    map = new Map();
    for (const item of items) {
      const list = map.get(item.sentence.index) ?? [];
      list.push(item);
      map.set(item.sentence.index, list);
    }
    groups.set(items, map as Map<number, unknown[]>);
  }
  return map.get(index) ?? [];
}
