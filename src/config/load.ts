// The config each draft is linted with. The stages, each in its own module:
// - discover.ts: which config file applies to a draft (the nearest, up to the
//   repository's top); `-c FILE` uses one config for every draft,
//   `--no-config-lookup` none;
// - read.ts: reading a file with lilconfig (JSON, YAML, JavaScript, package.json);
// - validate.ts: checking it with the JSON Schema the project ships;
// - extends.ts: resolving its `extends`, then its plugins (plugins.ts), then its own keys;
// - overrides.ts: merging, and the overrides that match the draft.
// Here: the overrides applied, then `--rule` and `--min-score` over all.
import { dirname, resolve } from 'node:path';
import type { LexiconAdditions } from '../analysis/lexicon.js';
import { UserError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE } from '../files/read.js';
import type { FieldsConfig } from '../inputs/structured.js';
import type { RuleSetting } from '../lint.js';
import type { Rule } from '../types.js';
import { ConfigFinder } from './discover.js';
import { knownIds, loadConfigFile, resolveConfig, type LoadContext } from './extends.js';
import { applyOverrides, mergeSetting } from './overrides.js';
import { ConfigReader } from './read.js';
import type { ResolvedConfig } from './types.js';
import { suggest } from './validate.js';

export { CONFIG_FILENAMES } from './discover.js';
export { mergeSetting } from './overrides.js';
export type { LoadedPlugin, ResolvedConfig } from './types.js';

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

export class ConfigResolver {
  private readonly none: Promise<ResolvedConfig>;
  private readonly cwd: string;
  private readonly context: LoadContext;
  private readonly finder: ConfigFinder;

  constructor(private readonly options: ConfigOptions) {
    this.cwd = options.cwd;
    const reader = new ConfigReader(options.cwd, { maxBytes: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, runCode: options.runCode !== false });
    this.context = { cwd: options.cwd, reader, files: new Map() };
    this.finder = new ConfigFinder(reader);
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
        : await this.finder.find(dirname(filePath));
    return file === undefined ? this.none : loadConfigFile(file, this.context);
  }

  private checkCliRules(config: ResolvedConfig): void {
    const known = knownIds(config);
    for (const id of Object.keys(this.options.ruleOverrides ?? {})) {
      if (!known.has(id)) throw new UserError(`--rule: unknown rule '${id}'${suggest(id, [...known])}`);
    }
  }
}
