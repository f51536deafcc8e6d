// The machine contract of ../shared/spec/report.md: one JSON array, one
// object per file in input order. `source` is for formatters that quote the
// draft; it would double the size of the report and is left out.
import type { LintResult } from '../types.js';

export function formatJson(results: LintResult[]): string {
  return `${JSON.stringify(results.map(({ source: _source, ...report }) => report))}\n`;
}
