// lintFiles: the programmatic twin of `apology-lint FILES…`, with the same
// pattern rules (files, folders, globs; input order; an unmatched pattern is
// an error), the same config lookup and ignore files. Options named here
// (rules, minScore) apply over any config file, as the CLI's flags do.
import { createRunner, type RunnerOptions } from './runner.js';
import type { LintResult } from './types.js';

export type LintFilesOptions = RunnerOptions;

/** Patterns → one result per draft (one per file, or one per macro in a JSON/YAML export), in input order. */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const runner = await createRunner(options);
  const files = await runner.files(typeof patterns === 'string' ? [patterns] : patterns);
  const results: LintResult[] = [];
  for (const [i, file] of files.entries()) {
    const next = files[i + 1];
    if (next) runner.readAhead(next);
    // A file named outright but ignored is skipped, as the CLI does (with a warning there).
    if (file.explicit && (await runner.isIgnored(file.path))) continue;
    // One by one: spread into push, an export's million results would overflow the stack.
    for (const result of await runner.lintFile(file)) results.push(result);
  }
  return results;
}
