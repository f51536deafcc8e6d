// GitHub Actions workflow commands: one `::error` or `::warning` annotation per
// finding, escaped as GitHub's toolkit escapes them, and a Markdown table of
// the scores appended to $GITHUB_STEP_SUMMARY when it is set.
import { appendFileSync } from 'node:fs';
import { displayPath } from '../display.js';
import type { LintResult } from '../types.js';
import type { FormatterContext } from './types.js';
import { belowMinScore, messagesWithScore } from './shared.js';

/** The message part: %, CR and LF (as @actions/core's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: the same, and also ':' and ',' (as @actions/core's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: LintResult[], context?: FormatterContext): string {
  const cwd = context?.cwd ?? process.cwd();
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, cwd).split('\\').join('/');
    for (const m of messagesWithScore(result)) {
      const title = `apology-lint (${m.ruleId})${result.draft === undefined ? '' : ` in ${result.draft}`}`;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(title)}`,
      ].join(',');
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${properties}::${escapeData(m.message)}`);
    }
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, stepSummary(results, cwd));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A Markdown table: one row per draft with its score, grade and counts. */
export function stepSummary(results: LintResult[], cwd: string): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = results.map((r) => {
    const name = displayPath(r.filePath, cwd) + (r.draft === undefined ? '' : ` › ${r.draft}`);
    const status = r.errorCount > 0 || belowMinScore(r) ? '❌' : r.warningCount > 0 ? '⚠️' : '✅';
    const score = r.minScore === undefined ? `${r.score}` : `${r.score} (min ${r.minScore})`;
    return `| ${status} | ${cell(name)} | ${score} | ${r.grade} | ${r.errorCount} | ${r.warningCount} |`;
  });
  const average = results.length === 0 ? 0 : Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
  return [
    '## apology-lint',
    '',
    `${results.length} draft${results.length === 1 ? '' : 's'}, average score ${average}.`,
    '',
    '| | Draft | Score | Grade | Errors | Warnings |',
    '|---|---|---:|:---:|---:|---:|',
    ...rows,
    '',
    '',
  ].join('\n');
}
