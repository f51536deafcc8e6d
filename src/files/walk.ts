// The draft files inside a folder named on the command line. Walked here
// rather than by a glob library, which skipped an unreadable subfolder without
// a word (a CI run passed on what it never read) and handed back names that
// are not valid UTF-8 as lossy strings no file has (reading them failed, and
// aborted the whole folder). Names are read as bytes: such a file keeps its
// real path in `bytes`, and its name shows with U+FFFD.
import { readdir, realpath, stat } from 'node:fs/promises';
import { UserError, describeFsError } from '../errors.js';
import { displayPath } from '../display.js';

export interface FoundFile {
  /** Absolute, as shown (lossy when the name is not UTF-8). */
  path: string;
  /** The real path, when `path` cannot name the file. */
  bytes?: Buffer;
}

export interface WalkOptions {
  cwd: string;
  /** A file's name → whether it is a draft file (by extension). */
  isDraft: (name: string) => boolean;
  /** An unreadable folder that is ignored (as a folder) is skipped rather than an error. */
  isIgnoredFolder: (path: string) => boolean | Promise<boolean>;
}

/** Dependencies and VCS internals hold no drafts and can be huge; dot files and folders are skipped. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
const SLASH = Buffer.from('/');

export async function walkFolder(folder: string, options: WalkOptions): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  // Real paths of the folders entered: a link back up must not loop.
  const entered = new Set<string>();
  const visit = async (path: string, bytes: Buffer): Promise<void> => {
    const real = await realpath(bytes).catch(() => bytes.toString());
    if (entered.has(real.toString())) return;
    entered.add(real.toString());
    let names: Buffer[];
    try {
      names = await readdir(bytes, { encoding: 'buffer' });
    } catch (error) {
      if (await options.isIgnoredFolder(path)) return;
      throw new UserError(`cannot read folder '${displayPath(path, options.cwd)}': ${describeFsError(error)} (ignore it to lint the rest)`);
    }
    for (const raw of names) {
      const name = raw.toString();
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const childBytes = Buffer.concat([bytes, SLASH, raw]);
      const childPath = `${path}/${name}`;
      // Followed through links, as the glob did; a dangling link is no file.
      const info = await stat(childBytes).catch(() => undefined);
      if (info?.isDirectory()) await visit(childPath, childBytes);
      else if (info && options.isDraft(name)) found.push(Buffer.from(childPath).equals(childBytes) ? { path: childPath } : { path: childPath, bytes: childBytes });
    }
  };
  await visit(folder.replace(/\/+$/, '') || '/', Buffer.from(folder.replace(/\/+$/, '') || '/'));
  return found;
}
