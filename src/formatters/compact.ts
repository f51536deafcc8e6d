// One line per finding, for editors' problem matchers and grep, as ESLint's
// compact format: `path: line L, col C, Error - message (rule-id)`.
import type { LintResult } from '../types.js';
import type { FormatterContext } from './types.js';
import { printable } from '../files/display.js';
import { messagesWithScore, plural, resultName } from './shared.js';

export function formatCompact(results: LintResult[], context?: FormatterContext): string {
  const cwd = context?.cwd ?? process.cwd();
  const lines: string[] = [];
  let total = 0;
  for (const result of results) {
    for (const m of messagesWithScore(result)) {
      total++;
      const severity = m.severity === 2 ? 'Error' : 'Warning';
      // (?<!\s): a match starts only where a run of white space starts (linear on long runs).
      const message = m.message.replace(/(?<!\s)\s*\n\s*/g, ' ');
      // Names and messages escaped: a file name holding a line break must not print a line of its own.
      lines.push(printable(`${resultName(result, cwd)}: line ${m.line}, col ${m.column}, ${severity} - ${message} (${m.ruleId})`));
    }
  }
  if (total === 0) return '';
  return `${lines.join('\n')}\n\n${plural(total, 'problem')}\n`;
}
