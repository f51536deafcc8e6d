// Config lookup: for a draft, its folder, then each parent, the first of
// CONFIG_FILENAMES found in a folder (package.json only with an
// "apologylint" key) is its config; the nearest wins. Lookup stops there,
// and at the repository's top, the nearest folder holding `.git` (a folder,
// or the file of a worktree or submodule): a config in a folder above a
// clone is not the clone's, and never runs. `root: true` in a config says
// the same of its own folder, as ESLint's does. Outside a repository lookup
// goes on to the file system's root.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ConfigReader } from './read.js';

export const CONFIG_FILENAMES = [
  '.apologylintrc.json',
  '.apologylintrc.yaml',
  '.apologylintrc.yml',
  'apologylint.config.js',
  'apologylint.config.mjs',
  'package.json',
] as const;

export class ConfigFinder {
  /** Per folder: the config that applies there, once looked up. */
  private readonly nearest = new Map<string, Promise<string | undefined>>();

  constructor(private readonly reader: ConfigReader) {}

  /** The config file for drafts in `dir` (absolute), or undefined for none. */
  find(dir: string): Promise<string | undefined> {
    let pending = this.nearest.get(dir);
    if (!pending) {
      pending = this.lookIn(dir);
      this.nearest.set(dir, pending);
    }
    return pending;
  }

  private async lookIn(dir: string): Promise<string | undefined> {
    for (const name of CONFIG_FILENAMES) {
      const path = join(dir, name);
      // A folder of that name is no config; a FIFO or a device is, so that reading it is refused with a reason.
      if (!(await present(path, { folders: false }))) continue;
      // Read (and so run, for JavaScript) only here, the first file the lookup meets.
      if ((await this.reader.lookUp(path)).found) return path;
    }
    if (await present(join(dir, '.git'), { folders: true })) return undefined;
    const parent = dirname(dir);
    return parent === dir ? undefined : this.find(parent);
  }
}

async function present(path: string, { folders }: { folders: boolean }): Promise<boolean> {
  try {
    const info = await stat(path);
    return folders || !info.isDirectory();
  } catch {
    return false;
  }
}
