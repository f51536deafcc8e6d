// Formatters by name, or by path to a module. Each built-in is imported only
// when asked for, so choosing `json` never loads the terminal colouring code.
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import type { Formatter, FormatterContext } from './types.js';
import type { LintResult } from '../types.js';
import { importModule } from '../import-module.js';
import { displayPath } from '../display.js';

export type { Formatter, FormatterContext } from './types.js';

const builtinFormatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  compact: async () => (await import('./compact.js')).formatCompact,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  html: async () => (await import('./html.js')).formatHtml,
};

export const formatterNames: readonly string[] = Object.keys(builtinFormatters);

type Chunks = (results: readonly LintResult[], context?: FormatterContext) => Iterable<string>;

/** The built-ins whose report can be handed over in pieces (one per draft), never as one string. */
const chunkedFormatters: Record<string, () => Promise<Chunks>> = {
  stylish: async () => (await import('./stylish.js')).stylishChunks,
  json: async () => (await import('./json.js')).jsonChunks,
  compact: async () => (await import('./compact.js')).compactChunks,
};

/** What the CLI asks for: the report of a run, in pieces, and how to name the formatter if it fails. */
export interface Reporter {
  /** The formatter module's file, for one loaded by path or package. */
  file?: string;
  report(results: LintResult[], context: FormatterContext): Promise<Iterable<string>>;
}

/**
 * A formatter module's report still owed: the CLI's last check when Node
 * finds nothing left to wait for (a promise that never settles) names it.
 */
let pending: string | undefined;

export function unsettledFormatter(): string | undefined {
  return pending;
}

/** Like loadFormatter, for the CLI: a built-in's report comes in pieces, a module's promise is watched. */
export async function loadReporter(name: string, options: { cwd?: string } = {}): Promise<Reporter> {
  const chunked = Object.hasOwn(chunkedFormatters, name) ? chunkedFormatters[name] : undefined;
  if (chunked) {
    const chunks = await chunked();
    return { report: async (results, context) => chunks(results, context) };
  }
  const load = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (load) {
    const format = await load();
    return { report: async (results, context) => [format(results, context)] };
  }
  const cwd = options.cwd ?? process.cwd();
  const file = formatterFile(name, cwd);
  const format = await loadModule(name, file);
  // By the name given when it is a path (as "cannot load formatter './x.js'" does), else with the package's file too.
  const isPath = resolve(cwd, name) === file;
  const named = isPath ? `formatter '${name}'` : `formatter '${name}' (${displayPath(file, cwd)})`;
  return {
    file,
    async report(results, context) {
      pending = named;
      try {
        const text: unknown = await (format(results, context) as unknown);
        if (typeof text !== 'string') throw new UserError(`${named} returned ${text === null ? 'null' : typeof text}, not the report's text`);
        return [text];
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`${named} failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        pending = undefined;
      }
    },
  };
}

/**
 * A built-in formatter by name; or a module, by path (`./my-formatter.js`,
 * relative to `cwd`) or package: `-f NAME` tries `apology-lint-formatter-NAME`,
 * then `eslint-formatter-NAME` (so ESLint's formatters work as they are), then
 * NAME itself; whose default export is `(results, context) => string`.
 */
export async function loadFormatter(name: string, options: { cwd?: string } = {}): Promise<Formatter> {
  const load = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (load) return load();
  return loadModule(name, formatterFile(name, options.cwd ?? process.cwd()));
}

/** The file of a formatter module named by path (relative to `cwd`) or package. */
function formatterFile(name: string, cwd: string): string {
  const isPath = name.startsWith('.') || isAbsolute(name) || /[\\/]/.test(name) && !name.startsWith('@') || /\.[cm]?js$/.test(name);
  if (isPath) return resolve(cwd, name);
  const require = createRequire(join(cwd, 'noop.js'));
  for (const candidate of formatterPackages(name)) {
    try {
      return require.resolve(candidate);
    } catch {
      // try the next name
    }
  }
  throw new UserError(
    `unknown format '${name}' (choose ${formatterNames.join(', ')}, give a formatter module's path, or install ${formatterPackages(name).slice(0, 2).join(' or ')})`,
  );
}

async function loadModule(name: string, file: string): Promise<Formatter> {
  let module: { default?: unknown };
  try {
    module = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ERR_MODULE_NOT_FOUND' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new UserError(`cannot load formatter '${name}': ${why}`);
  }
  const format = module.default;
  if (typeof format !== 'function') throw new UserError(`formatter '${name}' does not export a function as its default`);
  return format as Formatter;
}

/** The packages `-f NAME` may name, in the order they are tried, as ESLint names formatter packages (scopes included). */
export function formatterPackages(name: string): string[] {
  const names = ['apology-lint-formatter', 'eslint-formatter'].map((prefix) => prefixed(name, prefix));
  return [...new Set([...names, name])];
}

function prefixed(name: string, prefix: string): string {
  const scoped = /^(@[^/]+)(?:\/(.*))?$/.exec(name);
  if (!scoped) return name.startsWith(`${prefix}-`) ? name : `${prefix}-${name}`;
  const [, scope, rest] = scoped;
  if (!rest) return `${scope}/${prefix}`;
  return rest.startsWith(prefix) ? name : `${scope}/${prefix}-${rest}`;
}
