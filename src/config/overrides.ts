// Merging settings: each `extends` in order, then the config's own keys
// (mergeInto), then, for one draft, each `overrides` entry whose `files`
// match it and whose `excludedFiles` do not, later entries winning
// (applyOverrides). Globs and ignore patterns stay relative to the folder of
// the config that wrote them.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { LexiconAdditions } from '../analysis/lexicon.js';
import type { RuleSetting } from '../lint.js';
import type { AppliedSettings, ResolvedConfig } from './types.js';

type Mergeable = Partial<Pick<ResolvedConfig, 'rules' | 'minScore' | 'placeholders' | 'ignorePatterns' | 'lexicon' | 'fields' | 'plugins' | 'overrides'>> & { dir?: string };

/** `data` (a resolved base, or a config's own keys from folder `data.dir`) over `config`. */
export function mergeInto(config: ResolvedConfig, data: Mergeable): void {
  for (const [id, setting] of Object.entries(data.rules ?? {})) config.rules[id] = mergeSetting(config.rules[id], setting);
  if (data.minScore !== undefined) config.minScore = data.minScore;
  config.placeholders.push(...(data.placeholders ?? []));
  const from = data.dir ?? config.dir;
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

export function mergeLexicon(into: LexiconAdditions, add: LexiconAdditions): void {
  for (const key of ['thirdParties', 'things', 'writerNames', 'remedies'] as const) {
    if (add[key]) into[key] = [...(into[key] ?? []), ...(add[key] ?? [])];
  }
}

/** As ESLint: a later bare severity keeps the options an earlier setting gave. */
export function mergeSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  if (typeof later === 'string' && Array.isArray(earlier) && earlier[1] !== undefined) return [later, earlier[1]];
  return later;
}

/** The settings a draft at `filePath` (absolute) gets from `config` and its matching overrides. */
export function applyOverrides(config: ResolvedConfig, filePath: string): AppliedSettings {
  const out: AppliedSettings = {
    rules: { ...config.rules },
    placeholders: [...config.placeholders],
    lexicon: { ...config.lexicon },
    ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
    ...(config.fields ? { fields: config.fields } : {}),
  };
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
