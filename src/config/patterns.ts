// User-supplied regular expressions (the `placeholders` config key, the API's
// placeholderPatterns) run over every draft on a backtracking engine: one
// like `(a+)+$` ran over 120 s on 5 kB. Shapes that can backtrack
// catastrophically (a repeated group that holds a repetition: star height
// over 1, found by safe-regex2) are refused up front, naming the pattern.
import safeRegex from 'safe-regex2';

const verdicts = new Map<string, string | undefined>();

/** Why `source` cannot be used as a placeholder pattern, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  if (!verdicts.has(source)) verdicts.set(source, check(source));
  return verdicts.get(source);
}

function check(source: string): string | undefined {
  try {
    new RegExp(source, 'g');
  } catch (error) {
    return `not a regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!safeRegex(source)) {
    return `'${source}' can take exponential time (a repeated group holds a repetition, as in (a+)+); write it without nesting repetitions, e.g. (a+)+ as a+`;
  }
  return undefined;
}
