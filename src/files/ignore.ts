// Which files to skip, in .gitignore syntax (the `ignore` package, as ESLint):
// `.apologylintignore` in the working directory (or `--ignore-path FILE`),
// `--ignore-pattern` (relative to the working directory), and the config's
// `ignorePatterns` (relative to the config's folder). `--no-ignore` lints
// everything named.
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { displayPath } from '../display.js';
import { readRegularFile } from './read.js';

export const IGNORE_FILENAME = '.apologylintignore';

export interface IgnoreOptions {
  cwd: string;
  /** false: nothing is ignored (`--no-ignore`). */
  ignore?: boolean;
  /** Replaces `.apologylintignore`; must exist. */
  ignorePath?: string;
  /** Bytes: the ignore file gets the drafts' size limit. */
  maxFileSize: number;
  /** More patterns, relative to `cwd`. */
  ignorePatterns?: string[];
  /** The config's own patterns for a file, relative to the config's folder. */
  configPatterns?: (path: string) => Promise<{ dir: string; patterns: string[] }>;
}

interface Rooted {
  dir: string;
  matcher: Ignore;
}

/** A test for absolute paths: true when the file is to be skipped. */
export async function createIgnoreTest(options: IgnoreOptions): Promise<(path: string, folder?: boolean) => Promise<boolean>> {
  if (options.ignore === false) return async () => false;
  const sets: Rooted[] = [];
  const file = options.ignorePath ? resolve(options.cwd, options.ignorePath) : join(options.cwd, IGNORE_FILENAME);
  let text: string | undefined;
  // The default file may be absent; anything else (a FIFO, a folder, /dev/zero) is refused, as a draft would be.
  if (options.ignorePath || (await present(file))) {
    const bytes = await readRegularFile(file, `ignore file '${displayPath(file, options.cwd)}'`, options.maxFileSize);
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (text !== undefined) sets.push({ dir: dirname(file), matcher: ignore().add(text) });
  if (options.ignorePatterns?.length) sets.push({ dir: options.cwd, matcher: ignore().add(options.ignorePatterns) });
  const configMatchers = new Map<string, Ignore>();
  return async (path: string, folder = false) => {
    if (sets.some((set) => matches(set, path, folder))) return true;
    if (!options.configPatterns) return false;
    const { dir, patterns } = await options.configPatterns(path);
    if (patterns.length === 0) return false;
    const key = `${dir}\0${patterns.join('\0')}`;
    let matcher = configMatchers.get(key);
    if (!matcher) configMatchers.set(key, (matcher = ignore().add(patterns)));
    return matches({ dir, matcher }, path, folder);
  };
}

async function present(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** `folder`: tested as a folder, so that a pattern such as `private/` applies to it. */
function matches(set: Rooted, path: string, folder = false): boolean {
  const rel = relative(set.dir, path);
  // Files outside the folder the patterns are relative to are not theirs to ignore.
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return set.matcher.ignores(rel.split(sep).join('/') + (folder ? '/' : ''));
}
