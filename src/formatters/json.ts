// The machine contract of ../shared/spec/report.md: one JSON array, one
// object per file in input order. `source` is for formatters that quote the
// draft; it would double the size of the report and is left out.
import type { LintResult } from '../types.js';

export function formatJson(results: LintResult[]): string {
  return [...jsonChunks(results)].join('');
}

/** The same array in pieces, one per draft: the report of a million macros is more than one string can hold. */
export function* jsonChunks(results: readonly LintResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [i, { source: _source, ...report }] of results.entries()) yield `${i === 0 ? '[' : ','}${JSON.stringify(report)}`;
  yield ']\n';
}
