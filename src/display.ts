import { isAbsolute, relative } from 'node:path';

/** How to show a path to the user: relative when it is under `cwd`, else absolute as given. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const fromHere = relative(cwd, path);
  return fromHere === '' || fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

/**
 * Control characters (C0, DEL, C1), and the bidirectional overrides that
 * reorder what a terminal shows, as escapes: a file name, a macro's title or
 * a plugin's message cannot start a new line (a forged `::error` annotation)
 * or send an ESC sequence to the terminal. Everything else is kept.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same characters as one visible character each, for a quoted line whose carets must stay under their words. */
export function printableInPlace(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** One warning line on standard error, its text made printable. */
export function warn(message: string): void {
  process.stderr.write(`apology-lint: warning: ${printable(message)}\n`);
}
