// Resolving one config: its `extends` (presets, paths, packages) first, in
// order, then its plugins, then its own keys; every rule id it (or a base)
// sets is then checked against the built-ins and the plugins' rules. Each
// file is resolved once and shared, however many configs extend it (a
// diamond of `extends` 14 deep was re-resolved along every path and took
// 20 s), and a cycle is named by its chain.
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { displayPath } from '../display.js';
import type { Rule } from '../types.js';
import { builtinRules } from '../../rules/index.js';
import { mergeInto, mergeLexicon } from './overrides.js';
import { loadPlugin, resolveModule } from './plugins.js';
import { PRESET_NAMES, preset } from './presets.js';
import type { ConfigReader } from './read.js';
import type { ResolvedConfig } from './types.js';
import { suggest, validateConfig, type ConfigData } from './validate.js';

const BUILTIN_IDS = new Set(builtinRules.map((rule: Rule) => rule.meta.id));

/** What resolving configs shares: the files read, and each file resolved once. */
export interface LoadContext {
  cwd: string;
  reader: ConfigReader;
  files: Map<string, Promise<ResolvedConfig>>;
}

/** `chain`: the files that extend this one, outermost first, to name a cycle by its links. */
export function loadConfigFile(file: string, context: LoadContext, chain: readonly string[] = []): Promise<ResolvedConfig> {
  if (chain.includes(file)) {
    const links = [...chain.slice(chain.indexOf(file)), file].map((f) => displayPath(f, context.cwd));
    return Promise.reject(new UserError(`invalid config '${links[0]}': extends: a cycle: ${links.join(' → ')}`));
  }
  let pending = context.files.get(file);
  if (!pending) {
    pending = (async () => {
      const data = await context.reader.load(file);
      return resolveConfig(validateConfig(data, context.reader.label(file)), file, dirname(file), context, [...chain, file]);
    })();
    context.files.set(file, pending);
  }
  return pending;
}

export async function resolveConfig(data: ConfigData, file: string | undefined, dir: string, context: LoadContext, chain: readonly string[]): Promise<ResolvedConfig> {
  const label = file ? displayPath(file, context.cwd) : '(no config)';
  const config: ResolvedConfig = { file, dir, rules: {}, placeholders: [], ignorePatterns: [], lexicon: {}, plugins: [], overrides: [] };
  /** Which file set each rule, to name it when the id is unknown. */
  const origins = new Map<string, string>();
  const setBy = (rules: Iterable<string>, where: string): void => {
    for (const id of rules) origins.set(id, where);
  };
  for (const name of data.extends ?? []) {
    const base = await loadExtends(name, dir, context, label, chain);
    mergeInto(config, base);
    const where = base.file ? displayPath(base.file, context.cwd) : name;
    setBy(Object.keys(base.rules), where);
    for (const o of base.overrides) setBy(Object.keys(o.rules ?? {}), where);
  }
  const runCode = context.reader.options.runCode;
  // --no-plugins: none is loaded; their rules' settings below are left unused.
  for (const entry of runCode ? (data.plugins ?? []) : []) {
    const plugin = await loadPlugin(entry, dir, label, context.reader.options.maxBytes);
    if (!config.plugins.some((p) => p.namespace === plugin.namespace)) config.plugins.push(plugin);
  }
  const { plugins: _plugins, extends: _extends, root: _root, ...own } = data;
  mergeInto(config, { ...own, dir, ignorePatterns: data.ignorePatterns ?? [], overrides: data.overrides ?? [] });
  setBy(Object.keys(data.rules ?? {}), label);
  for (const o of data.overrides ?? []) setBy(Object.keys(o.rules ?? {}), label);
  for (const plugin of config.plugins) mergeLexicon(config.lexicon, plugin.lexicon);
  checkRuleIds(config, origins, runCode);
  return config;
}

/** Every rule id a config sets is a built-in's or a loaded plugin's (with --no-plugins, plugin ids are let be). */
function checkRuleIds(config: ResolvedConfig, origins: ReadonlyMap<string, string>, runCode: boolean): void {
  const known = knownIds(config);
  for (const [id, where] of origins) {
    if (known.has(id) || (!runCode && id.includes('/'))) continue;
    const namespace = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined;
    const hint = namespace && !config.plugins.some((p) => p.namespace === namespace) ? ` (no plugin '${namespace}' is loaded)` : suggest(id, [...known]);
    throw new UserError(`invalid config '${where}': rules.${id}: unknown rule '${id}'${hint}`);
  }
}

async function loadExtends(name: string, dir: string, context: LoadContext, label: string, chain: readonly string[]): Promise<ResolvedConfig> {
  const builtin = preset(name, builtinRules);
  if (builtin) return resolveConfig(builtin, undefined, dir, context, chain);
  if (name.startsWith('apology-lint:')) {
    throw new UserError(`invalid config '${label}': extends: unknown preset '${name}' (choose ${PRESET_NAMES.join(' or ')})`);
  }
  return loadConfigFile(resolveModule(name, dir, label, 'extends'), context, chain);
}

export function knownIds(config: ResolvedConfig): Set<string> {
  return new Set([...BUILTIN_IDS, ...config.plugins.flatMap((p) => p.rules.map((r) => r.meta.id))]);
}
