// Formatters by name, or by path to a module. Each built-in is imported only
// when asked for, so choosing `json` never loads the terminal colouring code.
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import type { Formatter } from './types.js';
import { importModule } from '../files/import-module.js';

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

/**
 * A built-in formatter by name; or a module, by path (`./my-formatter.js`,
 * relative to `cwd`) or package: `-f NAME` tries `apology-lint-formatter-NAME`,
 * then `eslint-formatter-NAME` (so ESLint's formatters work as they are), then
 * NAME itself; whose default export is `(results, context) => string`.
 */
export async function loadFormatter(name: string, options: { cwd?: string } = {}): Promise<Formatter> {
  const load = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (load) return load();
  const cwd = options.cwd ?? process.cwd();
  const isPath = name.startsWith('.') || isAbsolute(name) || /[\\/]/.test(name) && !name.startsWith('@') || /\.[cm]?js$/.test(name);
  let file: string | undefined;
  if (isPath) file = resolve(cwd, name);
  else {
    const require = createRequire(join(cwd, 'noop.js'));
    for (const candidate of formatterPackages(name)) {
      try {
        file = require.resolve(candidate);
        break;
      } catch {
        // try the next name
      }
    }
    if (!file) {
      throw new UserError(
        `unknown format '${name}' (choose ${formatterNames.join(', ')}, give a formatter module's path, or install ${formatterPackages(name).slice(0, 2).join(' or ')})`,
      );
    }
  }
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
