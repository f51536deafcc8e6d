// The shapes config resolution passes between its modules.
import type { LexiconAdditions } from '../analysis/lexicon.js';
import type { FieldsConfig } from '../inputs/structured.js';
import type { RuleSetting } from '../lint.js';
import type { Rule } from '../types.js';
import type { OverrideData } from './validate.js';

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

/** What overrides can change for one draft. */
export type AppliedSettings = Omit<ResolvedConfig, 'overrides' | 'plugins' | 'file' | 'dir' | 'ignorePatterns'>;
