// The built-in configs that `extends` can name.
import type { RuleSetting } from '../lint.js';
import type { Rule } from '../types.js';
import type { ConfigData } from './validate.js';

export const PRESET_NAMES = ['apology-lint:recommended', 'apology-lint:strict'] as const;

export function preset(name: string, builtinRules: readonly Rule[]): ConfigData | undefined {
  if (name === 'apology-lint:recommended') {
    // Every built-in rule at the severity its docs give: the same as no config.
    return { rules: Object.fromEntries(builtinRules.map((rule): [string, RuleSetting] => [rule.meta.id, rule.meta.defaultSeverity])) };
  }
  if (name === 'apology-lint:strict') {
    // For macros a whole team sends: every rule is an error, and a draft must score 70 (grade B).
    return { rules: Object.fromEntries(builtinRules.map((rule): [string, RuleSetting] => [rule.meta.id, 'error'])), minScore: 70 };
  }
  return undefined;
}
