// The CLI's side of `--cache`: before linting, which inputs' results can be
// read back (their bytes and config unchanged); after, what to store.
import { readFile, stat } from 'node:fs/promises';
import type { Runner, RunnerOptions } from '../runner.js';
import { decodeDraft, fileSizeLimit } from '../files/read.js';
import { formatOf, isStructured } from '../inputs/formats.js';
import type { LintResult } from '../types.js';
import { cacheFilePath, openCache, type LintCache } from './lint-cache.js';

interface FileInput {
  from: 'stdin' | 'file';
  filePath: string;
  label: string;
  explicit: boolean;
}

export interface RunCache {
  /** The inputs whose results the cache holds, by path, with `source` read anew. */
  lookUp(inputs: readonly FileInput[]): Promise<Map<string, LintResult[]>>;
  /** Remembers a file's fresh results under the key its bytes had at `lookUp`. */
  store(path: string, results: readonly LintResult[]): void;
  save(): Promise<void>;
}

/** Files read at once while looking up the cache. */
const BATCH = 64;

export async function openRunCache(
  runner: Runner,
  options: RunnerOptions & { maxFileSize: number },
  location: string | undefined,
  version: string,
): Promise<RunCache> {
  const cache: LintCache = await openCache(cacheFilePath(location, runner.cwd), version, {
    inlineConfig: options.allowInlineConfig !== false,
    unusedDirectives: options.reportUnusedDisableDirectives === true,
  });
  const keys = new Map<string, string>();

  const lookUpOne = async (input: FileInput): Promise<LintResult[] | undefined> => {
    // Anything odd about the file (missing, too big, not a file) is left to the ordinary path, which reports it in order.
    if (input.from !== 'file' || (input.explicit && (await runner.isIgnored(input.filePath)))) return undefined;
    const bytes = await readSmallFile(input.filePath, fileSizeLimit(isStructured(formatOf(input.filePath)), options.maxFileSize));
    if (!bytes) return undefined;
    const key = cache.key(bytes, await runner.configFor(input.filePath));
    keys.set(input.filePath, key);
    const results = cache.get(input.filePath, key);
    if (!results) return undefined;
    const source = decodeDraft(bytes, input.label);
    return results.map((result) => ({ ...result, source }));
  };

  return {
    async lookUp(inputs) {
      const hits = new Map<string, LintResult[]>();
      for (let from = 0; from < inputs.length; from += BATCH) {
        const batch = inputs.slice(from, from + BATCH);
        const found = await Promise.all(batch.map((input) => lookUpOne(input).catch(() => undefined)));
        found.forEach((results, k) => results && hits.set((batch[k] as FileInput).filePath, results));
      }
      return hits;
    },
    store(path, results) {
      const key = keys.get(path);
      if (key !== undefined) cache.set(path, key, results);
    },
    save: () => cache.save(),
  };
}

async function readSmallFile(path: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    const bytes = await readFile(path);
    return bytes.length > maxBytes || bytes.includes(0) ? undefined : bytes;
  } catch {
    return undefined;
  }
}
