// Command-line patterns → the draft files they name, in the order given.
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError, describeFsError } from '../errors.js';

/** What a directory argument lints inside it. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

// Dependencies and VCS internals hold no drafts and can be huge.
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * One pattern → absolute file paths. An existing path wins over glob syntax
 * (a file may be called `[draft].txt`); glob matches come sorted so that runs
 * are repeatable. A pattern that names nothing is an error, not silence: a
 * typo in CI must not pass as "no problems".
 */
export async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UserError(`cannot read '${pattern}': ${describeFsError(error)}`);
    if (!isDynamicPattern(pattern)) throw new UserError(`cannot read '${pattern}': no such file`);
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: IGNORED, expandDirectories: false });
    if (matches.length === 0) throw new UserError(`no files match '${pattern}'`);
    return sortPaths(matches.map((match) => resolve(match)));
  }
  if (!isDirectory) return [path];
  const inside = await glob('**/*', { cwd: path, absolute: true, onlyFiles: true, ignore: IGNORED });
  const drafts = inside.filter((file) => DRAFT_EXTENSIONS.includes(extname(file).toLowerCase()));
  if (drafts.length === 0) {
    throw new UserError(`no ${DRAFT_EXTENSIONS.join(', ')} files in directory '${pattern}'`);
  }
  return sortPaths(drafts.map((file) => resolve(file)));
}

/** Several patterns → files in input order, each file once (at its first mention). */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    for (const file of await expandPattern(pattern, cwd)) files.add(file);
  }
  return [...files];
}

function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
