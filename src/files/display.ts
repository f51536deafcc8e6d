import { isAbsolute, relative } from 'node:path';

/** How to show a path to the user: relative when it is under `cwd`, else absolute as given. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const fromHere = relative(cwd, path);
  return fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}
