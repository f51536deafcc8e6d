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
