// Checks a config object against what schema/apologylintrc.schema.json
// describes, with one-line messages that name the file and the key
// (`.apologylintrc.json: rules.hedgin: unknown rule 'hedgin'`). Rule ids are
// checked later, once plugins are loaded and their ids known.
import type { LexiconAdditions } from '../analysis/lexicon.js';
import { UserError } from '../errors.js';
import { patternProblem } from './patterns.js';
import type { FieldsConfig } from '../inputs/structured.js';
import type { RuleSetting } from '../lint.js';
import type { SeverityName } from '../types.js';

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
  'extends', 'plugins', 'rules', 'minScore', 'placeholders', 'ignorePatterns', 'lexicon', 'fields', 'overrides',
] as const;
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'minScore', 'placeholders', 'lexicon', 'fields'];
const LEXICON_KEYS = ['thirdParties', 'things', 'writerNames', 'remedies'] as const;
const FIELDS_KEYS = ['text', 'title', 'format'];
const SEVERITIES: Record<string, SeverityName> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

class Checker {
  constructor(private readonly file: string) {}

  fail(key: string, problem: string): never {
    throw new UserError(`invalid config '${this.file}': ${key ? `${key}: ` : ''}${problem}`);
  }

  object(value: unknown, key: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(key, `expected an object, got ${describe(value)}`);
    return value as Record<string, unknown>;
  }

  keys(object: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.fail('', `unknown key '${prefix}${key}'${suggest(key, allowed)}`);
    }
  }

  strings(value: unknown, key: string, { single = false } = {}): string[] {
    if (single && typeof value === 'string') return [value];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      this.fail(key, `expected ${single ? 'a string or ' : ''}a list of strings, got ${describe(value)}`);
    }
    return value as string[];
  }

  score(value: unknown, key: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) this.fail(key, `expected a number from 0 to 100, got ${describe(value)}`);
    return value;
  }

  rules(value: unknown, key: string): Record<string, RuleSetting> {
    const object = this.object(value, key);
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(object)) rules[id] = this.rule(setting, `${key}.${id}`);
    return rules;
  }

  rule(setting: unknown, key: string): RuleSetting {
    const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting];
    const name = typeof severity === 'string' || typeof severity === 'number' ? SEVERITIES[String(severity)] : undefined;
    if (!name) this.fail(key, `severity must be "off", "warn" or "error" (or 0, 1, 2), got ${describe(severity)}`);
    if (!Array.isArray(setting)) return name;
    if (rest.length > 0) this.fail(key, 'expected [severity] or [severity, options]');
    if (options === undefined) return [name];
    return [name, this.object(options, `${key}[1]`)];
  }

  placeholders(value: unknown, key: string): string[] {
    const patterns = this.strings(value, key);
    patterns.forEach((pattern, i) => {
      const problem = patternProblem(pattern);
      if (problem) this.fail(`${key}[${i}]`, problem);
    });
    return patterns;
  }

  lexicon(value: unknown, key: string): LexiconAdditions {
    const object = this.object(value, key);
    this.keys(object, LEXICON_KEYS, `${key}.`);
    const lexicon: LexiconAdditions = {};
    for (const name of LEXICON_KEYS) if (object[name] !== undefined) lexicon[name] = this.strings(object[name], `${key}.${name}`);
    return lexicon;
  }

  fields(value: unknown, key: string): FieldsConfig {
    const object = this.object(value, key);
    this.keys(object, FIELDS_KEYS, `${key}.`);
    if (typeof object.text !== 'string' || object.text === '') this.fail(`${key}.text`, `expected a path such as "responses[].body", got ${describe(object.text)}`);
    const fields: FieldsConfig = { text: object.text };
    if (object.title !== undefined) {
      if (typeof object.title !== 'string') this.fail(`${key}.title`, `expected a key name, got ${describe(object.title)}`);
      fields.title = object.title;
    }
    if (object.format !== undefined) {
      if (object.format !== 'text' && object.format !== 'markdown' && object.format !== 'html') {
        this.fail(`${key}.format`, `expected "text", "markdown" or "html", got ${describe(object.format)}`);
      }
      fields.format = object.format;
    }
    return fields;
  }
}

/** `data` as read from `file` (shown as `label`) → a checked config, or a UserError naming the key. */
export function validateConfig(data: unknown, label: string): ConfigData {
  const check = new Checker(label);
  const object = check.object(data, '');
  check.keys(object, ['$schema', ...CONFIG_KEYS], '');
  const config: ConfigData = {};
  if (object.extends !== undefined) config.extends = check.strings(object.extends, 'extends', { single: true });
  if (object.plugins !== undefined) config.plugins = plugins(object.plugins, check);
  if (object.rules !== undefined) config.rules = check.rules(object.rules, 'rules');
  if (object.minScore !== undefined) config.minScore = check.score(object.minScore, 'minScore');
  if (object.placeholders !== undefined) config.placeholders = check.placeholders(object.placeholders, 'placeholders');
  if (object.ignorePatterns !== undefined) config.ignorePatterns = check.strings(object.ignorePatterns, 'ignorePatterns');
  if (object.lexicon !== undefined) config.lexicon = check.lexicon(object.lexicon, 'lexicon');
  if (object.fields !== undefined) config.fields = check.fields(object.fields, 'fields');
  if (object.overrides !== undefined) {
    const list: unknown = object.overrides;
    if (!Array.isArray(list)) check.fail('overrides', `expected a list, got ${describe(list)}`);
    config.overrides = (list as unknown[]).map((entry: unknown, i: number) => {
      const key = `overrides[${i}]`;
      const o = check.object(entry, key);
      check.keys(o, OVERRIDE_KEYS, `${key}.`);
      if (o.files === undefined) check.fail(key, 'needs "files", the globs it applies to');
      const override: OverrideData = {
        files: check.strings(o.files, `${key}.files`, { single: true }),
        excludedFiles: o.excludedFiles === undefined ? [] : check.strings(o.excludedFiles, `${key}.excludedFiles`, { single: true }),
      };
      if (o.rules !== undefined) override.rules = check.rules(o.rules, `${key}.rules`);
      if (o.minScore !== undefined) override.minScore = check.score(o.minScore, `${key}.minScore`);
      if (o.placeholders !== undefined) override.placeholders = check.placeholders(o.placeholders, `${key}.placeholders`);
      if (o.lexicon !== undefined) override.lexicon = check.lexicon(o.lexicon, `${key}.lexicon`);
      if (o.fields !== undefined) override.fields = check.fields(o.fields, `${key}.fields`);
      return override;
    });
  }
  return config;
}

function plugins(value: unknown, check: Checker): NonNullable<ConfigData['plugins']> {
  const entry = (from: unknown, key: string, namespace?: string): { namespace?: string; from: string | PluginObject } => {
    if (typeof from === 'string') return { ...(namespace ? { namespace } : {}), from };
    // An object is possible only in a JavaScript config.
    if (typeof from === 'object' && from !== null && !Array.isArray(from)) return { ...(namespace ? { namespace } : {}), from: from as PluginObject };
    check.fail(key, `expected a path or package name, got ${describe(from)}`);
  };
  if (Array.isArray(value)) return value.map((from, i) => entry(from, `plugins[${i}]`));
  const object = check.object(value, 'plugins');
  return Object.entries(object).map(([namespace, from]) => entry(from, `plugins.${namespace}`, namespace));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** " (did you mean 'rules'?)" for a near miss. */
export function suggest(word: string, choices: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}
