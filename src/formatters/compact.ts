// One line per finding, for editors' problem matchers and grep, as ESLint's
// compact format: `path: line L, col C, Error - message (rule-id)`. The path is
// always the file's, so that problem matchers find it; a macro's title leads
// the message.
import type { LintResult } from '../types.js';
import type { FormatterContext } from './types.js';
import { countProblems, messagesWithScore, problemSummary } from './shared.js';
import { displayPath, printable } from '../display.js';

export function formatCompact(results: LintResult[], context?: FormatterContext): string {
  return [...compactChunks(results, context)].join('');
}

/** The same report in pieces, one per draft, so that a report of many thousands is never one string. */
export function* compactChunks(results: readonly LintResult[], context?: FormatterContext): Generator<string> {
  const cwd = context?.cwd ?? process.cwd();
  let any = false;
  for (const result of results) {
    const draft = result.draft === undefined ? '' : `[${result.draft}] `;
    const lines: string[] = [];
    for (const m of messagesWithScore(result)) {
      const severity = m.severity === 2 ? 'Error' : 'Warning';
      // (?<!\s): a match starts only where a run of white space starts (linear on long runs).
      const message = m.message.replace(/(?<!\s)\s*\n\s*/g, ' ');
      // Names and messages escaped: a file name holding a line break must not print a line of its own.
      lines.push(printable(`${displayPath(result.filePath, cwd)}: line ${m.line}, col ${m.column}, ${severity} - ${draft}${message} (${m.ruleId})`));
    }
    if (lines.length === 0) continue;
    yield `${any ? '\n' : ''}${lines.join('\n')}`;
    any = true;
  }
  if (any) yield `\n\n${problemSummary(countProblems(results))}\n`;
}
