// Small pieces the machine-readable formatters share.
import { displayPath } from '../display.js';
import type { LintMessage, LintResult } from '../types.js';
import { belowMinScore } from '../score.js';

// The score's, re-exported for the formatters that import it from here.
export { belowMinScore };

/** The result's path as a user in `cwd` would type it, with the macro's title for a file of several. */
export function resultName(result: LintResult, cwd: string): string {
  const path = displayPath(result.filePath, cwd);
  return result.draft === undefined ? path : `${path} [${result.draft}]`;
}

/** A message for a score under the minimum, placed at the draft's first finding or 1:1. */
export function minScoreMessage(result: LintResult): LintMessage {
  const first = result.messages[0];
  const line = first?.line ?? 1;
  const column = first?.column ?? 1;
  return {
    ruleId: 'min-score',
    severity: 2,
    message: `Score ${result.score}/100 is under the minimum of ${result.minScore}.`,
    line,
    column,
    endLine: line,
    endColumn: column,
  };
}

/** The messages to print for a result, with a min-score failure as one more error. */
export function messagesWithScore(result: LintResult): LintMessage[] {
  return belowMinScore(result) ? [...result.messages, minScoreMessage(result)] : result.messages;
}

/**
 * Errors and warnings as every report counts them: each finding, and a score
 * under the minimum as one more error, so that stylish, compact, junit, sarif
 * and github agree on the same run.
 */
export function countProblems(results: readonly LintResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    errors += result.errorCount + (belowMinScore(result) ? 1 : 0);
    warnings += result.warningCount;
  }
  return { errors, warnings };
}

/** "3 problems (2 errors, 1 warning)". */
export function problemSummary({ errors, warnings }: { errors: number; warnings: number }): string {
  return `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
