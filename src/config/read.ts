// Reading one config file: JSON, YAML, a JavaScript module's default export,
// or package.json's "apologylint" key. Config-side files get the checks
// drafts get: a regular file, under the size limit; a UTF-8 byte order mark
// is dropped, as it is for drafts.
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { importModule, whileLoading } from '../files/import-module.js';
import { readRegularFile } from '../files/read.js';

export interface ReadOptions {
  /** Bytes: the same limit as drafts (--max-file-size). */
  maxBytes: number;
  /** false: a JavaScript config is refused, not run (--no-plugins). */
  runCode: boolean;
}

export function isJavaScript(file: string): boolean {
  return ['.js', '.mjs', '.cjs'].includes(extname(file).toLowerCase());
}

/** One config file's data, or a UserError naming it. */
export async function readConfigFile(file: string, label: string, options: ReadOptions): Promise<unknown> {
  const named = `config '${label}'`;
  if (isJavaScript(file)) {
    if (!options.runCode) throw new UserError(`${named} is JavaScript, which --no-plugins does not run (use --no-config-lookup, or a JSON or YAML config)`);
    await readRegularFile(file, named, options.maxBytes);
    try {
      return await whileLoading(named, async () => {
        const module = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
        const exported = module.default ?? module;
        return typeof exported === 'function' ? await (exported as () => unknown)() : exported;
      });
    } catch (error) {
      throw new UserError(`cannot load ${named}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const text = decodeText(await readRegularFile(file, named, options.maxBytes));
  if (/\.ya?ml$/i.test(file)) return parseYamlConfig(text, label);
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new UserError(`cannot parse ${named} as JSON: ${firstLine(error)}`);
  }
  if (basename(file) === 'package.json') {
    const value = (data as Record<string, unknown> | null)?.apologylint;
    if (value === undefined) throw new UserError(`${named} has no "apologylint" key`);
    return value;
  }
  return data;
}

/** UTF-8, its byte order mark dropped (editors on Windows write one). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A config is plain data: a custom tag (`!env FOO`) means nothing here, and
 * `yaml`'s parse() would print it as a six-line Node warning; it is refused in one line.
 */
function parseYamlConfig(text: string, label: string): unknown {
  const doc = parseDocument(text);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new UserError(`cannot parse config '${label}' as YAML: ${firstLine(problem).replace(/:$/, '')}`);
  return doc.toJS() ?? {};
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
