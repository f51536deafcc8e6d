import type { LintResult, RuleMeta } from '../types.js';

/** What a formatter may want besides the results (ESLint passes the same). */
export interface FormatterContext {
  /** The working directory: report paths relative to it. */
  cwd: string;
  /** Every rule that could have reported, built-in and plugin, by id. */
  rulesMeta: Record<string, RuleMeta>;
}

/**
 * Turns results into the text to print. Formatters only format: no exit
 * codes. (The `github` formatter also appends a summary to
 * $GITHUB_STEP_SUMMARY when it is set, as GitHub asks.) A formatter module
 * loaded by path may return a promise; the CLI awaits it.
 */
export type Formatter = (results: LintResult[], context?: FormatterContext) => string;
