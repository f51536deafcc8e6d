// Plugins: a module (a path, or an installed package) or, in a JavaScript
// config, an object, whose `rules` join the built-ins under the plugin's
// namespace (`acme/no-legalese`) and whose `lexicon` joins the config's.
// Importing one runs its code: --no-plugins loads none (src/config/extends.ts).
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LexiconAdditions } from '../analysis/lexicon.js';
import { UserError } from '../errors.js';
import { importModule } from '../import-module.js';
import { readRegularFile } from '../files/read.js';
import type { Rule, SeverityName } from '../types.js';
import { mergeLexicon } from './overrides.js';
import { settled } from './settle.js';
import type { LoadedPlugin } from './types.js';
import type { PluginObject } from './validate.js';

/** A path (relative to the config's folder) or a package name, installed where the config is. */
export function resolveModule(name: string, dir: string, label: string, key: string): string {
  if (name.startsWith('.') || isAbsolute(name)) {
    const path = resolve(dir, name);
    try {
      // A folder with a package.json (or an index.js) resolves as Node would.
      return createRequire(join(dir, 'noop.js')).resolve(path);
    } catch {
      return path;
    }
  }
  try {
    return createRequire(join(dir, 'noop.js')).resolve(name);
  } catch {
    throw new UserError(`invalid config '${label}': ${key}: cannot find '${name}' (is the package installed?)`);
  }
}

/** One `plugins` entry of the config shown as `label` (in folder `dir`). */
export async function loadPlugin(entry: { namespace?: string; from: string | PluginObject }, dir: string, label: string, maxBytes: number): Promise<LoadedPlugin> {
  const { plugin, source } = typeof entry.from === 'string'
    ? { plugin: await importPlugin(entry.from, dir, label, maxBytes), source: entry.from }
    : { plugin: entry.from, source: entry.namespace ?? entry.from.meta?.name ?? entry.from.name ?? 'plugin' };
  const namespace = entry.namespace ?? plugin.meta?.name ?? plugin.name ?? namespaceFromSource(source);
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$|^@[a-z0-9][\w.-]*$/.test(namespace)) {
    throw new UserError(`invalid config '${label}': plugins: '${source}' has no usable name (got '${namespace}'); give it one: "plugins": { "acme": "${source}" }`);
  }
  if (typeof plugin !== 'object' || plugin === null || typeof plugin.rules !== 'object' || plugin.rules === null) {
    throw new UserError(`invalid config '${label}': plugins: '${source}' exports no "rules" object`);
  }
  const rules = Object.entries(plugin.rules).map(([key, value]) => pluginRule(key, value, namespace, source));
  const lexicon: LexiconAdditions = {};
  if (plugin.lexicon) mergeLexicon(lexicon, plugin.lexicon);
  return { namespace, source, rules, lexicon };
}

async function importPlugin(from: string, dir: string, label: string, maxBytes: number): Promise<PluginObject> {
  const file = resolveModule(from, dir, label, 'plugins');
  const named = `plugin '${from}' (of config '${label}')`;
  if (await exists(file)) await readRegularFile(file, named, maxBytes);
  try {
    const module = (await settled(named, () => importModule(pathToFileURL(file).href))) as { default?: unknown };
    return (module.default ?? module) as PluginObject;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ERR_MODULE_NOT_FOUND' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new UserError(`invalid config '${label}': plugins: cannot load '${from}': ${why}`);
  }
}

function pluginRule(key: string, value: unknown, namespace: string, source: string): Rule {
  const rule = value as Partial<Rule> | null;
  const meta = rule?.meta;
  if (!rule || typeof rule.check !== 'function' || !meta || typeof meta.description !== 'string') {
    throw new UserError(`plugin '${source}': rule '${key}' needs meta (with a description) and a check function`);
  }
  const shortId = key.includes('/') ? key.slice(key.lastIndexOf('/') + 1) : key;
  const severity: Exclude<SeverityName, 'off'> = meta.defaultSeverity === 'error' ? 'error' : 'warn';
  return {
    meta: {
      ...meta,
      id: `${namespace}/${shortId}`,
      kind: meta.kind === 'part' ? 'part' : 'pattern',
      defaultSeverity: severity,
      docs: meta.docs ?? { description: meta.description, bad: '', good: '' },
    },
    check: rule.check.bind(rule),
  };
}

/** `apology-lint-plugin-acme` → acme; `@acme/apology-lint-plugin` → @acme; `./plugins/acme.js` → acme. */
function namespaceFromSource(source: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(source);
  if (scoped && !source.startsWith('.')) {
    const rest = (scoped[2] as string).replace(/^apology-lint-plugin-?/, '');
    return rest ? `${scoped[1]}/${rest}` : (scoped[1] as string);
  }
  const base = source.startsWith('.') || isAbsolute(source) ? basename(source, extname(source)) : source;
  const name = base === 'index' ? basename(dirname(source)) : base;
  return name.replace(/^apology-lint-plugin-/, '');
}

async function exists(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
