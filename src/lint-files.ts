// lintFiles: the programmatic twin of `apology-lint FILES…`, with the same
// pattern rules (files, folders, globs; input order; an unmatched pattern is an error).
import { displayPath } from './files/display.js';
import { expandPatterns } from './files/expand.js';
import { DEFAULT_MAX_FILE_SIZE, readDraftFile } from './files/read.js';
import { lintText, type LintOptions } from './lint.js';
import type { LintResult } from './types.js';

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** Where relative patterns start; the process's working directory when absent. */
  cwd?: string;
  /** Bytes; larger files are refused with a UserError. 1 MB when absent. */
  maxFileSize?: number;
}

export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const { cwd = process.cwd(), maxFileSize = DEFAULT_MAX_FILE_SIZE, ...lintOptions } = options;
  const files = await expandPatterns(typeof patterns === 'string' ? [patterns] : patterns, cwd);
  const results: LintResult[] = [];
  for (const filePath of files) {
    const text = await readDraftFile(filePath, displayPath(filePath, cwd), maxFileSize);
    results.push(lintText(text, { ...lintOptions, filePath }));
  }
  return results;
}
