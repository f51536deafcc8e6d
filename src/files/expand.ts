// Command-line patterns → the draft files they name, in the order given.
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError, describeFsError } from '../errors.js';
import { DRAFT_EXTENSIONS } from '../inputs/formats.js';
import { walkFolder } from './walk.js';

export { DRAFT_EXTENSIONS };

// Dependencies and VCS internals hold no drafts and can be huge.
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/** JSON and YAML files in a folder that are tooling, never macro exports. */
const NOT_DRAFTS = new Set([
  'package.json', 'package-lock.json', 'tsconfig.json', 'jsconfig.json', '.apologylintrc.json', '.apologylintrc.yaml',
  '.apologylintrc.yml', '.pre-commit-config.yaml', '.pre-commit-hooks.yaml', 'action.yml', 'action.yaml',
  'pnpm-lock.yaml', 'composer.json', '.gitlab-ci.yml', 'docker-compose.yml', 'docker-compose.yaml',
]);

export interface ExpandOptions {
  /** Absolute path → skip it (.apologylintignore, --ignore-pattern, ignorePatterns); `folder`: the path is a folder's. */
  isIgnored?: (path: string, folder?: boolean) => boolean | Promise<boolean>;
  /** A pattern that names nothing is an error (the default), or is skipped. */
  errorOnUnmatchedPattern?: boolean;
}

export interface ExpandedFile {
  path: string;
  /** Named on the command line itself, not found through a folder or a glob. */
  explicit: boolean;
  /** The real path, when the name is not valid UTF-8 and `path` (shown with U+FFFD) cannot name the file. */
  bytes?: Uint8Array;
}

/**
 * One pattern → absolute file paths. An existing path wins over glob syntax
 * (a file may be called `[draft].txt`); glob matches come sorted so that runs
 * are repeatable. A pattern that names nothing is an error, not silence: a
 * typo in CI must not pass as "no problems".
 */
export async function expandPattern(pattern: string, cwd: string, options: ExpandOptions = {}): Promise<ExpandedFile[]> {
  const { isIgnored = () => false, errorOnUnmatchedPattern = true } = options;
  const unmatched = (message: string): ExpandedFile[] => {
    if (errorOnUnmatchedPattern) throw new UserError(message);
    return [];
  };
  const path = resolve(cwd, pattern);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UserError(`cannot read '${pattern}': ${describeFsError(error)}`);
    if (!isDynamicPattern(pattern)) return unmatched(`cannot read '${pattern}': no such file`);
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: IGNORED, expandDirectories: false });
    if (matches.length === 0) return unmatched(`no files match '${pattern}'`);
    const kept = await without(sortPaths(matches.map((match) => resolve(match))), isIgnored);
    if (kept.length === 0) return unmatched(`all files matched by '${pattern}' are ignored (use --no-ignore to lint them)`);
    return kept.map((file) => ({ path: file, explicit: false }));
  }
  if (!isDirectory) return [{ path, explicit: true }];
  const drafts = await walkFolder(path, {
    cwd,
    isDraft: (name) => DRAFT_EXTENSIONS.includes(extname(name).toLowerCase()) && !NOT_DRAFTS.has(name),
    isIgnoredFolder: (folder) => isIgnored(folder, true),
  });
  if (drafts.length === 0) return unmatched(`no draft files (${DRAFT_EXTENSIONS.join(' ')}) in directory '${pattern}'`);
  const bytes = new Map(drafts.flatMap((file) => (file.bytes ? [[file.path, file.bytes] as const] : [])));
  const kept = await without(sortPaths(drafts.map((file) => file.path)), isIgnored);
  if (kept.length === 0) return unmatched(`all files in '${pattern}' are ignored (use --no-ignore to lint them)`);
  return kept.map((file) => {
    const raw = bytes.get(file);
    return raw ? { path: file, explicit: false, bytes: raw } : { path: file, explicit: false };
  });
}

/** Several patterns → files in input order, each file once (at its first mention). */
export async function expandPatterns(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedFile[]> {
  const files = new Map<string, ExpandedFile>();
  for (const pattern of patterns) {
    for (const file of await expandPattern(pattern, cwd, options)) if (!files.has(file.path)) files.set(file.path, file);
  }
  return [...files.values()];
}

async function without(paths: string[], isIgnored: (path: string) => boolean | Promise<boolean>): Promise<string[]> {
  const kept: string[] = [];
  for (const path of paths) if (!(await isIgnored(path))) kept.push(path);
  return kept;
}

function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
