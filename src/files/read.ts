// Turning bytes into draft text. A draft is UTF-8 text; anything else is
// refused with a reason the user can act on, never linted as garbage.
import { readFile, stat } from 'node:fs/promises';
import { UserError, describeFsError } from '../errors.js';
import { warn } from '../display.js';

/** compromise needs ~12 s and 700 MB for 1 MB of text (spec/performance.md); no draft is that long. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/**
 * A JSON/YAML export holds many drafts: `--max-file-size` bounds each of them
 * (a macro's text, what the NLP tagger reads), and the export as a whole may
 * be this many times larger. Its parse and its results cost memory in
 * proportion to its size (about 40 MB per MB of an export of empty macros),
 * not the tagger's 700 MB per MB of one draft.
 */
export const EXPORT_SIZE_FACTOR = 64;

/** The size limit of a file to lint: `maxBytes` for one draft, EXPORT_SIZE_FACTOR times it for an export. */
export function fileSizeLimit(structured: boolean, maxBytes: number): number {
  return structured ? maxBytes * EXPORT_SIZE_FACTOR : maxBytes;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2 };

/** "500kB", "2MB", "1.5M", "40000" → bytes (1 kB = 1024 B). */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = SIZE_UNITS[match?.[2]?.toLowerCase() ?? 'invalid'];
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${round1(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${round1(bytes / 1024)} kB`;
  return `${bytes} B`;
}

function round1(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** `named`: "'reply.txt'", or "config 'x.json'". */
export function tooLarge(named: string, size: number, maxBytes: number): UserError {
  return new UserError(`${named} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (raise it with --max-file-size)`);
}

/** Bytes → text: refuses UTF-16 and binary content, drops a UTF-8 byte order mark. */
export function decodeDraft(bytes: Uint8Array, label: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(`'${label}' is UTF-16 text; save it as UTF-8`);
  }
  if (bytes.includes(0)) {
    throw new UserError(`'${label}' is not a text draft (it contains a NUL byte)`);
  }
  // TextDecoder drops a leading BOM by default; invalid bytes become U+FFFD
  // rather than failing, so a stray Latin-1 byte still lets the draft be read,
  // with a warning on stderr (the report is unchanged; the exit code too).
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\uFFFD') && !isValidUtf8(bytes)) {
    warn(`'${label}' is not valid UTF-8; its invalid bytes are read as \uFFFD (save it as UTF-8)`);
  }
  return text;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A regular file's bytes, refused over `maxBytes`. A FIFO would block the run
 * until something writes to it, a link to /dev/stdin would swallow a piped
 * draft, /dev/zero never ends: drafts and config-side files alike (a config,
 * its `extends`, package.json, an ignore file) are read only when regular.
 * `named` is how messages name it ("'reply.txt'", "config '.apologylintrc.json'").
 */
export async function readRegularFile(path: string | Buffer, named: string, maxBytes: number, hint = ''): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`cannot read ${named}: is a directory`);
    if (!info.isFile()) throw new UserError(`cannot read ${named}: not a regular file${hint}`);
    if (info.size > maxBytes) throw tooLarge(named, info.size, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${named}: ${describeFsError(error)}`);
  }
  // Checked again: a file can grow between stat and read, and special files report size 0.
  if (bytes.length > maxBytes) throw tooLarge(named, bytes.length, maxBytes);
  return bytes;
}

/** Reads one draft file. `label` is how the user named it, for error messages. */
export async function readDraftFile(path: string | Buffer, label: string, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  const bytes = await readRegularFile(path, `'${label}'`, maxBytes, " (pipe it to standard input with '-' instead)");
  return decodeDraft(bytes, label);
}
