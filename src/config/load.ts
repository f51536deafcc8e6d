// Finding, reading and resolving configs. For each draft the nearest config
// wins: its folder, then each parent up to the file system's root, looking for
// (in this order, the first found in a folder is used) .apologylintrc.json,
// .apologylintrc.yaml, .apologylintrc.yml, apologylint.config.js,
// apologylint.config.mjs, and the "apologylint" key of package.json.
// `-c FILE` uses one config for every draft; `--no-config-lookup` uses none.
// A config is resolved once: its `extends` (presets, paths, packages) first,
// then its own keys; its plugins loaded; every rule id checked.
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { LexiconAdditions } from '../analysis/lexicon.js';
import { UserError } from '../errors.js';
import { displayPath } from '../files/display.js';
import type { FieldsConfig } from '../inputs/structured.js';
import type { RuleSetting } from '../lint.js';
import type { Rule, SeverityName } from '../types.js';
import { builtinRules } from '../../rules/index.js';
import { PRESET_NAMES, preset } from './presets.js';
import { suggest, validateConfig, type ConfigData, type OverrideData, type PluginObject } from './validate.js';
import { importModule, whileLoading } from '../files/import-module.js';
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from '../files/read.js';
import { decodeText, readConfigFile, type ReadOptions } from './read.js';

export const CONFIG_FILENAMES = [
  '.apologylintrc.json',
  '.apologylintrc.yaml',
  '.apologylintrc.yml',
  'apologylint.config.js',
  'apologylint.config.mjs',
  'package.json',
] as const;

export interface LoadedPlugin {
  namespace: string;
  /** How the config named it. */
  source: string;
  rules: Rule[];
  lexicon: LexiconAdditions;
}

/** A config file with its extends applied and its plugins loaded. */
export interface ResolvedConfig {
  file: string | undefined;
  dir: string;
  rules: Record<string, RuleSetting>;
  minScore?: number;
  placeholders: string[];
  ignorePatterns: string[];
  lexicon: LexiconAdditions;
  fields?: FieldsConfig;
  plugins: LoadedPlugin[];
  overrides: OverrideData[];
}

/** What one draft is linted with. */
export interface FileConfig {
  configFile: string | undefined;
  rules: Record<string, RuleSetting>;
  extraRules: Rule[];
  placeholderPatterns: string[];
  lexicon: LexiconAdditions;
  minScore?: number;
  fields?: FieldsConfig;
  plugins: string[];
}

export interface ConfigOptions {
  cwd: string;
  /** `-c FILE`: this config for every draft, no lookup. */
  configFile?: string;
  /** `--no-config-lookup` sets false: no config unless `configFile`. */
  configLookup?: boolean;
  /** `--rule id:severity`: over any config. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** `--min-score N`: over any config. */
  minScore?: number;
  /** Bytes: config-side files get the drafts' size limit (--max-file-size). */
  maxFileSize?: number;
  /** false (`--no-plugins`): load no plugin, refuse JavaScript configs; plugin rules' settings are left unused. */
  runCode?: boolean;
}

const BUILTIN_IDS = new Set(builtinRules.map((rule) => rule.meta.id));

export class ConfigResolver {
  private readonly nearest = new Map<string, Promise<string | undefined>>();
  private readonly none: Promise<ResolvedConfig>;
  private readonly cwd: string;
  private readonly context: LoadContext;

  constructor(private readonly options: ConfigOptions) {
    this.cwd = options.cwd;
    this.context = { cwd: options.cwd, files: new Map(), read: { maxBytes: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, runCode: options.runCode !== false } };
    this.none = resolveConfig({}, undefined, this.cwd, this.context, []);
    this.none.catch(() => {});
  }

  /** The config a draft at `filePath` (absolute) is linted with. */
  async forFile(filePath: string): Promise<FileConfig> {
    const config = await this.configFor(filePath);
    const applied = applyOverrides(config, filePath);
    this.checkCliRules(config);
    const rules = { ...applied.rules };
    for (const [id, setting] of Object.entries(this.options.ruleOverrides ?? {})) rules[id] = mergeSetting(rules[id], setting);
    const minScore = this.options.minScore ?? applied.minScore;
    return {
      configFile: config.file,
      rules,
      extraRules: config.plugins.flatMap((plugin) => plugin.rules),
      placeholderPatterns: applied.placeholders,
      lexicon: applied.lexicon,
      ...(minScore !== undefined ? { minScore } : {}),
      ...(applied.fields ? { fields: applied.fields } : {}),
      plugins: config.plugins.map((plugin) => plugin.namespace),
    };
  }

  /** The resolved config that applies to `filePath`, before overrides. */
  async configFor(filePath: string): Promise<ResolvedConfig> {
    const file = this.options.configFile
      ? resolve(this.cwd, this.options.configFile)
      : this.options.configLookup === false
        ? undefined
        : await this.findNearest(dirname(filePath));
    if (!file) return this.load(undefined);
    return this.load(file);
  }

  private load(file: string | undefined): Promise<ResolvedConfig> {
    return file === undefined ? this.none : loadConfigFile(file, this.context, []);
  }

  private findNearest(dir: string): Promise<string | undefined> {
    let pending = this.nearest.get(dir);
    if (!pending) {
      pending = (async () => {
        for (const name of CONFIG_FILENAMES) {
          const path = join(dir, name);
          if (name === 'package.json') {
            const manifest = await this.readManifest(path);
            if (manifest && typeof manifest === 'object' && 'apologylint' in manifest) return path;
          } else if (await exists(path)) {
            return path;
          }
        }
        // The repository's top (a .git folder, or the .git file of a worktree or
        // submodule) ends the search: a config above a clone is not the clone's.
        if (await present(join(dir, '.git'))) return undefined;
        const parent = dirname(dir);
        return parent === dir ? undefined : this.findNearest(parent);
      })();
      this.nearest.set(dir, pending);
    }
    return pending;
  }

  /** A package.json on the way up: no "apologylint" key, or not JSON, is no config; a FIFO or a huge file is an error. */
  private async readManifest(path: string): Promise<unknown> {
    if (!(await exists(path))) return undefined;
    const bytes = await readRegularFile(path, `config '${displayPath(path, this.cwd)}'`, this.context.read.maxBytes);
    try {
      return JSON.parse(decodeText(bytes));
    } catch {
      return undefined;
    }
  }

  private checkCliRules(config: ResolvedConfig): void {
    const known = knownIds(config);
    for (const id of Object.keys(this.options.ruleOverrides ?? {})) {
      if (!known.has(id)) throw new UserError(`--rule: unknown rule '${id}'${suggest(id, [...known])}`);
    }
  }
}

/** What resolving configs shares: each file resolved once, however many configs extend it. */
interface LoadContext {
  cwd: string;
  files: Map<string, Promise<ResolvedConfig>>;
  read: ReadOptions;
}

/**
 * A config file, resolved once and then shared: a diamond of `extends` was
 * re-resolved along every path (depth 14 took 20 s). `chain` is the files
 * that extend it, outermost first, to name a cycle by its links.
 */
function loadConfigFile(file: string, context: LoadContext, chain: readonly string[]): Promise<ResolvedConfig> {
  if (chain.includes(file)) {
    const links = [...chain.slice(chain.indexOf(file)), file].map((f) => displayPath(f, context.cwd));
    return Promise.reject(new UserError(`invalid config '${links[0]}': extends: a cycle: ${links.join(' → ')}`));
  }
  let pending = context.files.get(file);
  if (!pending) {
    pending = (async () => {
      const label = displayPath(file, context.cwd);
      const data = await readConfigFile(file, label, context.read);
      return resolveConfig(validateConfig(data, label), file, dirname(file), context, [...chain, file]);
    })();
    context.files.set(file, pending);
  }
  return pending;
}

async function resolveConfig(data: ConfigData, file: string | undefined, dir: string, context: LoadContext, chain: readonly string[]): Promise<ResolvedConfig> {
  const { cwd } = context;
  const label = file ? displayPath(file, cwd) : '(no config)';
  const config: ResolvedConfig = { file, dir, rules: {}, placeholders: [], ignorePatterns: [], lexicon: {}, plugins: [], overrides: [] };
  /** Which file set each rule, to name it when the id is unknown. */
  const origins = new Map<string, string>();
  for (const name of data.extends ?? []) {
    const base = await loadExtends(name, dir, context, label, chain);
    mergeInto(config, base);
    for (const id of Object.keys(base.rules)) origins.set(id, base.file ? displayPath(base.file, cwd) : name);
    for (const o of base.overrides) for (const id of Object.keys(o.rules ?? {})) origins.set(id, base.file ? displayPath(base.file, cwd) : name);
  }
  // --no-plugins: none is loaded; their rules' settings below are left unused.
  for (const entry of context.read.runCode ? (data.plugins ?? []) : []) {
    const plugin = await loadPlugin(entry, dir, label, context.read);
    if (!config.plugins.some((p) => p.namespace === plugin.namespace)) config.plugins.push(plugin);
  }
  const { plugins: _plugins, extends: _extends, ...own } = data;
  mergeInto(config, { ...own, dir, ignorePatterns: data.ignorePatterns ?? [], overrides: data.overrides ?? [] });
  for (const id of Object.keys(data.rules ?? {})) origins.set(id, label);
  for (const o of data.overrides ?? []) for (const id of Object.keys(o.rules ?? {})) origins.set(id, label);
  for (const plugin of config.plugins) mergeLexicon(config.lexicon, plugin.lexicon);
  const known = knownIds(config);
  for (const [id, where] of origins) {
    if (known.has(id) || (!context.read.runCode && id.includes('/'))) continue;
    const inRules = `rules.${id}`;
    const namespace = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : undefined;
    const hint = namespace && !config.plugins.some((p) => p.namespace === namespace) ? ` (no plugin '${namespace}' is loaded)` : suggest(id, [...known]);
    throw new UserError(`invalid config '${where}': ${inRules}: unknown rule '${id}'${hint}`);
  }
  return config;
}

async function loadExtends(name: string, dir: string, context: LoadContext, label: string, chain: readonly string[]): Promise<ResolvedConfig> {
  const builtin = preset(name, builtinRules);
  if (builtin) return resolveConfig(builtin, undefined, dir, context, chain);
  if (name.startsWith('apology-lint:')) {
    throw new UserError(`invalid config '${label}': extends: unknown preset '${name}' (choose ${PRESET_NAMES.join(' or ')})`);
  }
  return loadConfigFile(resolveModule(name, dir, label, 'extends'), context, chain);
}

/** A path (relative to the config's folder) or a package name, installed where the config is. */
function resolveModule(name: string, dir: string, label: string, key: string): string {
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

async function loadPlugin(entry: { namespace?: string; from: string | PluginObject }, dir: string, label: string, read: ReadOptions): Promise<LoadedPlugin> {
  let plugin: PluginObject;
  let source: string;
  if (typeof entry.from === 'string') {
    source = entry.from;
    const file = resolveModule(entry.from, dir, label, 'plugins');
    const named = `plugin '${entry.from}' (of config '${label}')`;
    if (await exists(file)) await readRegularFile(file, named, read.maxBytes);
    try {
      const module = (await whileLoading(named, () => importModule(pathToFileURL(file).href))) as { default?: unknown };
      plugin = (module.default ?? module) as PluginObject;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ERR_MODULE_NOT_FOUND' ? 'no such file' : error instanceof Error ? error.message : String(error);
      throw new UserError(`invalid config '${label}': plugins: cannot load '${entry.from}': ${why}`);
    }
  } else {
    plugin = entry.from;
    source = entry.namespace ?? plugin.meta?.name ?? plugin.name ?? 'plugin';
  }
  const namespace = entry.namespace ?? plugin.meta?.name ?? plugin.name ?? namespaceFromSource(source);
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$|^@[a-z0-9][\w.-]*$/.test(namespace)) {
    throw new UserError(`invalid config '${label}': plugins: '${source}' has no usable name (got '${namespace}'); give it one: "plugins": { "acme": "${source}" }`);
  }
  if (typeof plugin !== 'object' || plugin === null || typeof plugin.rules !== 'object' || plugin.rules === null) {
    throw new UserError(`invalid config '${label}': plugins: '${source}' exports no "rules" object`);
  }
  const rules: Rule[] = [];
  for (const [key, value] of Object.entries(plugin.rules)) {
    const rule = value as Partial<Rule> | null;
    const meta = rule?.meta;
    if (!rule || typeof rule.check !== 'function' || !meta || typeof meta.description !== 'string') {
      throw new UserError(`plugin '${source}': rule '${key}' needs meta (with a description) and a check function`);
    }
    const shortId = key.includes('/') ? key.slice(key.lastIndexOf('/') + 1) : key;
    const severity: Exclude<SeverityName, 'off'> = meta.defaultSeverity === 'error' ? 'error' : 'warn';
    rules.push({
      meta: {
        ...meta,
        id: `${namespace}/${shortId}`,
        kind: meta.kind === 'part' ? 'part' : 'pattern',
        defaultSeverity: severity,
        docs: meta.docs ?? { description: meta.description, bad: '', good: '' },
      },
      check: rule.check.bind(rule),
    });
  }
  const lexicon: LexiconAdditions = {};
  if (plugin.lexicon) mergeLexicon(lexicon, plugin.lexicon);
  return { namespace, source, rules, lexicon };
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

function mergeInto(
  config: ResolvedConfig,
  data: Partial<Pick<ResolvedConfig, 'rules' | 'minScore' | 'placeholders' | 'ignorePatterns' | 'lexicon' | 'fields' | 'plugins' | 'overrides'>> & { dir?: string },
): void {
  for (const [id, setting] of Object.entries(data.rules ?? {})) config.rules[id] = mergeSetting(config.rules[id], setting);
  if (data.minScore !== undefined) config.minScore = data.minScore;
  config.placeholders.push(...(data.placeholders ?? []));
  const from = data.dir ?? config.dir;
  // ignorePatterns stay relative to the folder of the config that wrote them.
  config.ignorePatterns.push(...(data.ignorePatterns ?? []).map((p) => rebase(p, from, config.dir)));
  mergeLexicon(config.lexicon, data.lexicon ?? {});
  if (data.fields) config.fields = data.fields;
  for (const plugin of data.plugins ?? []) if (!config.plugins.some((p) => p.namespace === plugin.namespace)) config.plugins.push(plugin);
  config.overrides.push(
    ...(data.overrides ?? []).map((o) => ({ ...o, files: o.files.map((g) => rebase(g, from, config.dir)), excludedFiles: o.excludedFiles.map((g) => rebase(g, from, config.dir)) })),
  );
}

function rebase(pattern: string, from: string, to: string): string {
  if (from === to) return pattern;
  const prefix = relative(to, from).split(sep).join('/');
  if (prefix.startsWith('..')) return pattern;
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  return `${negated ? '!' : ''}${prefix}/${body.replace(/^\//, '')}`;
}

function mergeLexicon(into: LexiconAdditions, add: LexiconAdditions): void {
  for (const key of ['thirdParties', 'things', 'writerNames', 'remedies'] as const) {
    if (add[key]) into[key] = [...(into[key] ?? []), ...(add[key] ?? [])];
  }
}

/** As ESLint: a later bare severity keeps the options an earlier setting gave. */
export function mergeSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  if (typeof later === 'string' && Array.isArray(earlier) && earlier[1] !== undefined) return [later, earlier[1]];
  return later;
}

function knownIds(config: ResolvedConfig): Set<string> {
  return new Set([...BUILTIN_IDS, ...config.plugins.flatMap((p) => p.rules.map((r) => r.meta.id))]);
}

function applyOverrides(config: ResolvedConfig, filePath: string): Omit<ResolvedConfig, 'overrides' | 'plugins' | 'file' | 'dir' | 'ignorePatterns'> {
  const out = {
    rules: { ...config.rules },
    placeholders: [...config.placeholders],
    lexicon: { ...config.lexicon },
    ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
    ...(config.fields ? { fields: config.fields } : {}),
  } as Omit<ResolvedConfig, 'overrides' | 'plugins' | 'file' | 'dir' | 'ignorePatterns'>;
  const path = relative(config.dir, filePath).split(sep).join('/');
  for (const o of config.overrides) {
    const options = { dot: true, matchBase: false };
    const matches = (globs: string[]): boolean => globs.some((g) => picomatch(g.includes('/') ? g : `**/${g}`, options)(path));
    if (!matches(o.files) || (o.excludedFiles.length > 0 && matches(o.excludedFiles))) continue;
    for (const [id, setting] of Object.entries(o.rules ?? {})) out.rules[id] = mergeSetting(out.rules[id], setting);
    if (o.minScore !== undefined) out.minScore = o.minScore;
    if (o.placeholders) out.placeholders.push(...o.placeholders);
    if (o.lexicon) mergeLexicon(out.lexicon, o.lexicon);
    if (o.fields) out.fields = o.fields;
  }
  return out;
}

/**
 * Something there that is not a folder (a folder of that name is no config).
 * A FIFO or a device counts, so that reading it is refused with a reason
 * rather than skipped in silence.
 */
async function present(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
