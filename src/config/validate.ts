// Checks a config object with the JSON Schema the project ships
// (schema/apologylintrc.schema.json, compiled at build time by
// scripts/build-schema.mjs), then turns it into the shape the resolver reads.
// ajv's errors become one line naming the file and the key
// (`invalid config '.apologylintrc.json': minScore: expected a number from 0 to 100, got 120`)
// in ./schema-errors.ts. Rule ids are checked later, once plugins are loaded
// and their ids known; placeholder patterns here, as regular expressions.
import type { LexiconAdditions } from '../analysis/lexicon.js';
import { UserError } from '../errors.js';
import type { FieldsConfig } from '../inputs/structured.js';
import type { RuleSetting } from '../lint.js';
import type { SeverityName } from '../types.js';
import { patternProblem } from './patterns.js';
import { describeSchemaError, type SchemaError } from './schema-errors.js';
import validateSchema from './schema-check.generated.js';

export { suggest } from './schema-errors.js';

/** A plugin given as an object (possible in a JavaScript config). */
export interface PluginObject {
  meta?: { name?: string };
  name?: string;
  rules?: Record<string, unknown>;
  lexicon?: LexiconAdditions;
}

export interface OverrideData {
  files: string[];
  excludedFiles: string[];
  rules?: Record<string, RuleSetting>;
  minScore?: number;
  placeholders?: string[];
  lexicon?: LexiconAdditions;
  fields?: FieldsConfig;
}

export interface ConfigData {
  root?: boolean;
  extends?: string[];
  plugins?: Array<{ namespace?: string; from: string | PluginObject }>;
  rules?: Record<string, RuleSetting>;
  minScore?: number;
  placeholders?: string[];
  ignorePatterns?: string[];
  lexicon?: LexiconAdditions;
  fields?: FieldsConfig;
  overrides?: OverrideData[];
}

/** The top-level keys, in the order the README's reference lists them (a test keeps both in step with the schema). */
export const CONFIG_KEYS = [
  'root', 'extends', 'plugins', 'rules', 'minScore', 'placeholders', 'ignorePatterns', 'lexicon', 'fields', 'overrides',
] as const;
const LEXICON_KEYS = ['thirdParties', 'things', 'writerNames', 'remedies'] as const;
const SEVERITIES: Record<string, SeverityName> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

const schemaCheck = validateSchema as unknown as { (data: unknown): boolean; errors?: SchemaError[] | null };

/** Raw config data, as the schema describes it. */
interface RawConfig extends Omit<ConfigData, 'extends' | 'plugins' | 'overrides'> {
  extends?: string | string[];
  plugins?: Array<string | PluginObject> | Record<string, string | PluginObject>;
  overrides?: Array<Omit<OverrideData, 'files' | 'excludedFiles'> & { files: string | string[]; excludedFiles?: string | string[] }>;
}

/** `data` as read from a file (shown as `label`) → a checked config, or a UserError naming the key. */
export function validateConfig(data: unknown, label: string): ConfigData {
  const fail = (key: string, problem: string): never => {
    throw new UserError(`invalid config '${label}': ${key ? `${key}: ` : ''}${problem}`);
  };
  const checked = withPluginsAsNames(data);
  if (!schemaCheck(checked)) {
    const problem = describeSchemaError(schemaCheck.errors ?? [], checked);
    if (problem) fail(problem.key, problem.message);
  }
  const raw = data as RawConfig;
  for (const [key, patterns] of placeholderLists(raw)) {
    patterns.forEach((pattern, i) => {
      const problem = patternProblem(pattern);
      if (problem) fail(`${key}[${i}]`, problem);
    });
  }
  return normalise(raw);
}

/**
 * A JavaScript config may give a plugin as an object rather than a path: the
 * schema (for JSON and YAML files) knows only names, so each object stands
 * in as one while the schema looks.
 */
function withPluginsAsNames(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('plugins' in data)) return data;
  const plugins = (data as { plugins: unknown }).plugins;
  const named = (from: unknown): unknown => (typeof from === 'object' && from !== null && !Array.isArray(from) ? '(a plugin object)' : from);
  if (Array.isArray(plugins)) return { ...data, plugins: plugins.map(named) };
  if (typeof plugins === 'object' && plugins !== null) {
    return { ...data, plugins: Object.fromEntries(Object.entries(plugins).map(([key, from]) => [key, named(from)])) };
  }
  return data;
}

function placeholderLists(raw: RawConfig): Array<[string, string[]]> {
  const lists: Array<[string, string[]]> = raw.placeholders ? [['placeholders', raw.placeholders]] : [];
  (raw.overrides ?? []).forEach((o, i) => {
    if (o.placeholders) lists.push([`overrides[${i}].placeholders`, o.placeholders]);
  });
  return lists;
}

/** Checked data → the resolver's shape: lists where one string may stand for one, severities by name. */
function normalise(raw: RawConfig): ConfigData {
  const config: ConfigData = {};
  if (raw.root !== undefined) config.root = raw.root;
  if (raw.extends !== undefined) config.extends = list(raw.extends);
  if (raw.plugins !== undefined) {
    config.plugins = Array.isArray(raw.plugins)
      ? raw.plugins.map((from) => ({ from }))
      : Object.entries(raw.plugins).map(([namespace, from]) => ({ namespace, from }));
  }
  if (raw.rules !== undefined) config.rules = rules(raw.rules);
  if (raw.minScore !== undefined) config.minScore = raw.minScore;
  if (raw.placeholders !== undefined) config.placeholders = raw.placeholders;
  if (raw.ignorePatterns !== undefined) config.ignorePatterns = raw.ignorePatterns;
  if (raw.lexicon !== undefined) config.lexicon = lexicon(raw.lexicon);
  if (raw.fields !== undefined) config.fields = { ...raw.fields };
  if (raw.overrides !== undefined) {
    config.overrides = raw.overrides.map((o) => {
      const override: OverrideData = { files: list(o.files), excludedFiles: o.excludedFiles === undefined ? [] : list(o.excludedFiles) };
      if (o.rules !== undefined) override.rules = rules(o.rules);
      if (o.minScore !== undefined) override.minScore = o.minScore;
      if (o.placeholders !== undefined) override.placeholders = o.placeholders;
      if (o.lexicon !== undefined) override.lexicon = lexicon(o.lexicon);
      if (o.fields !== undefined) override.fields = { ...o.fields };
      return override;
    });
  }
  return config;
}

function list(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : value;
}

function rules(object: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(object)) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting];
    const name = SEVERITIES[String(severity)] as SeverityName;
    out[id] = !Array.isArray(setting) ? name : options === undefined ? [name] : [name, options];
  }
  return out;
}

function lexicon(object: LexiconAdditions): LexiconAdditions {
  const out: LexiconAdditions = {};
  for (const name of LEXICON_KEYS) if (object[name] !== undefined) out[name] = object[name];
  return out;
}
