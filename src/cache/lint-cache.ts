// `--cache`, as ESLint's: results of drafts that have not changed since the
// last run are read back instead of linted again, so a CI job over ten
// thousand macros lints only the ones a commit touched. A file's entry is
// keyed by its bytes, the config it is linted with (rules, plugins and their
// rules' code, lexicon, fields…), the options that change results, and
// apology-lint's version: any of these changing lints it again. The cache is
// one JSON file, written whole (a temporary file renamed over it).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { FileConfig } from '../config/load.js';
import type { LintResult } from '../types.js';

export const DEFAULT_CACHE_FILE = '.apologylintcache';
const FORMAT = 1;

interface CacheFile {
  format: number;
  version: string;
  /** Absolute path → the key it was linted under and its results (without `source`). */
  entries: Record<string, { key: string; results: LintResult[] }>;
}

export interface LintCache {
  readonly file: string;
  /** The key for a file's bytes under this config. */
  key(bytes: Uint8Array, config: FileConfig): string;
  /** The stored results when `key` is the one they were linted under. */
  get(path: string, key: string): LintResult[] | undefined;
  set(path: string, key: string, results: readonly LintResult[]): void;
  /** Writes the cache, dropping entries of files that no longer exist. */
  save(): Promise<void>;
}

/**
 * Where the cache lives: `--cache-location` as a file, or, when it names a
 * folder (an existing one, or a path ending in a slash), a file in it named
 * after the working directory, as ESLint does.
 */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const isFolder = location !== undefined && (/[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory()));
  return isFolder ? join(path, `.cache_${createHash('sha256').update(cwd).digest('hex').slice(0, 12)}`) : path;
}

/** Opens the cache (an unreadable or foreign file counts as empty: it is rebuilt). `options` are what else changes results. */
export async function openCache(file: string, version: string, options: Record<string, unknown>): Promise<LintCache> {
  const stored = await readCacheFile(file, version);
  const entries = stored.entries;
  const optionsKey = JSON.stringify(options);
  const configKeys = new WeakMap<FileConfig, string>();
  const configKey = (config: FileConfig): string => {
    let known = configKeys.get(config);
    if (known === undefined) configKeys.set(config, (known = describeConfig(config)));
    return known;
  };
  return {
    file,
    key: (bytes, config) => createHash('sha256').update(`${version}\0${optionsKey}\0${configKey(config)}\0`).update(bytes).digest('hex'),
    get: (path, key) => (entries[path]?.key === key ? entries[path].results : undefined),
    set(path, key, results) {
      entries[path] = { key, results: results.map(({ source: _source, ...result }) => result) };
    },
    async save() {
      for (const path of Object.keys(entries)) if (!existsSync(path)) delete entries[path];
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify({ format: FORMAT, version, entries } satisfies CacheFile));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

async function readCacheFile(file: string, version: string): Promise<CacheFile> {
  const empty: CacheFile = { format: FORMAT, version, entries: {} };
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    if (data.format !== FORMAT || data.version !== version || typeof data.entries !== 'object' || data.entries === null) return empty;
    return { format: FORMAT, version, entries: data.entries };
  } catch {
    return empty;
  }
}

/** Everything in a config that can change a result; a plugin's rules by their code, so editing one relints. */
function describeConfig(config: FileConfig): string {
  return JSON.stringify({
    rules: config.rules,
    placeholders: config.placeholderPatterns,
    lexicon: config.lexicon,
    minScore: config.minScore ?? null,
    fields: config.fields ?? null,
    plugins: config.plugins,
    pluginRules: config.extraRules.map((rule) => [rule.meta, String(rule.check)]),
  });
}
