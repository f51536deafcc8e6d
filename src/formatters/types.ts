import type { LintResult } from '../types.js';

/** Turns results into the text to print. Formatters only format: no I/O, no exit codes. */
export type Formatter = (results: LintResult[]) => string;
