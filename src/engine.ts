// What the CLI and lintFiles share: configs per file, ignore rules, patterns
// to files, and linting a file or standard input with the config that applies
// to it. The NLP engine (lint.js) is loaded only when the first draft is
// linted, so that bad arguments and configs fail fast.
import { ConfigResolver, type FileConfig } from './config/load.js';
import { RuleError, UserError } from './errors.js';
import { displayPath } from './files/display.js';
import { expandPatterns, type ExpandedFile } from './files/expand.js';
import { createIgnoreTest } from './files/ignore.js';
import { DEFAULT_MAX_FILE_SIZE, fileSizeLimit, readDraftFile } from './files/read.js';
import { formatOf, isStructured } from './inputs/formats.js';
import { loadEngine } from './parallel/engine.js';
import type { RuleSetting } from './lint.js';
import type { LintResult, RuleMeta } from './types.js';
import { builtinRules } from '../rules/index.js';

export interface EngineOptions {
  /** Where relative patterns and paths start; the process's working directory when absent. */
  cwd?: string;
  /**
   * Bytes; larger drafts are refused with a UserError. 1 MB when absent. A
   * JSON/YAML export is bounded per macro by it, and as a file by 64 times it.
   */
  maxFileSize?: number;
  /** One config file for every draft (`-c`), instead of looking one up per folder. */
  configFile?: string;
  /** false: use no config file unless `configFile` (`--no-config-lookup`). */
  configLookup?: boolean;
  /** false: run no code from configs: no plugin, no JavaScript config or `extends` (`--no-plugins`). */
  plugins?: boolean;
  /** Rule settings over any config (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /** A minimum score over any config (`--min-score`). */
  minScore?: number;
  /** false: ignore no file (`--no-ignore`). */
  ignore?: boolean;
  /** An ignore file instead of `.apologylintignore` (`--ignore-path`). */
  ignorePath?: string;
  /** More ignore patterns, relative to `cwd` (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** false: a pattern that matches nothing is skipped, not an error (`--no-error-on-unmatched-pattern`). */
  errorOnUnmatchedPattern?: boolean;
  /** false: ignore `apology-lint-disable` comments (`--no-inline-config`). */
  allowInlineConfig?: boolean;
  /** Report disable directives that silenced nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: boolean;
}

export interface Engine {
  readonly cwd: string;
  /** Patterns → files in input order; ignored files found through folders and globs are left out. */
  files(patterns: readonly string[]): Promise<ExpandedFile[]>;
  isIgnored(path: string, folder?: boolean): Promise<boolean>;
  configFor(path: string): Promise<FileConfig>;
  /** One file → one result per draft in it (none for a JSON/YAML file found in a folder that holds no drafts). */
  lintFile(file: ExpandedFile, label?: string): Promise<LintResult[]>;
  /**
   * Starts reading a file that `lintFile` will be asked for next, so that
   * reading it overlaps linting the one before (drafts are linted one at a
   * time on a thread; a read left the thread idle a sixth of the time).
   */
  readAhead(file: ExpandedFile, label?: string): void;
  /** Text (standard input) linted as if it were the file `filePath`. */
  lintText(text: string, filePath: string, label: string): Promise<LintResult[]>;
  /** Every rule that may report: the built-ins and the plugins' of the configs used so far (or of the one for `cwd`). */
  rulesMeta(): Promise<Record<string, RuleMeta>>;
}

/** The path to read a file by: its bytes when its name is not UTF-8 (a plain Uint8Array after crossing to a worker). */
function realPath(file: ExpandedFile): string | Buffer {
  return file.bytes ? Buffer.from(file.bytes) : file.path;
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Config-side files are bounded as drafts are, but never below the default:
  // a small --max-file-size for drafts must not refuse the repository's package.json.
  const configSizeLimit = Math.max(maxFileSize, DEFAULT_MAX_FILE_SIZE);
  const configs = new ConfigResolver({
    cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    configLookup: options.configLookup !== false,
    runCode: options.plugins !== false,
    ...(options.rules ? { ruleOverrides: options.rules } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    maxFileSize: configSizeLimit,
  });
  const isIgnored = await createIgnoreTest({
    cwd,
    maxFileSize: configSizeLimit,
    ignore: options.ignore !== false,
    ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
    ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}),
    configPatterns: async (path) => {
      const config = await configs.configFor(path);
      return { dir: config.dir, patterns: config.ignorePatterns };
    },
  });
  let engine: Promise<typeof import('./lint.js')> | undefined;
  const load = (): Promise<typeof import('./lint.js')> => (engine ??= loadEngine());

  const seenRules = new Map<string, RuleMeta>(builtinRules.map((rule) => [rule.meta.id, rule.meta]));
  let linted = false;
  const configFor = async (path: string): Promise<FileConfig> => {
    const config = await configs.forFile(path);
    for (const rule of config.extraRules) seenRules.set(rule.meta.id, rule.meta);
    return config;
  };

  const lint = async (text: string, filePath: string, label: string, explicit: boolean): Promise<LintResult[]> => {
    linted = true;
    const config = await configFor(filePath);
    const { lintSource, NotDraftsError } = await load();
    try {
      return lintSource(text, {
        filePath,
        rules: config.rules,
        extraRules: config.extraRules,
        placeholderPatterns: config.placeholderPatterns,
        lexicon: config.lexicon,
        ...(config.fields ? { fields: config.fields } : {}),
        ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
        allowInlineConfig: options.allowInlineConfig !== false,
        reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
        maxDraftSize: maxFileSize,
      });
    } catch (error) {
      // A JSON/YAML file met in a folder may be data, not drafts: skip it, as ESLint skips files no config matches.
      if (error instanceof NotDraftsError && !explicit) return [];
      if (error instanceof UserError) throw error;
      if (error instanceof RuleError) throw new RuleError(`cannot lint '${label}': ${error.message}`);
      // A crash in a rule is our bug (or a plugin's), but the user needs to know which draft set it off.
      throw new Error(`internal error while linting '${label}': ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const sizeLimit = (path: string): number => fileSizeLimit(isStructured(formatOf(path)), maxFileSize);
  /** Reads started by readAhead, taken by lintFile. */
  const readsAhead = new Map<string, Promise<string>>();
  const read = (file: ExpandedFile, label: string): Promise<string> => {
    const ahead = readsAhead.get(file.path);
    readsAhead.delete(file.path);
    return ahead ?? readDraftFile(realPath(file), label, sizeLimit(file.path));
  };

  return {
    cwd,
    files: (patterns) =>
      expandPatterns(patterns, cwd, { isIgnored, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false }),
    isIgnored,
    configFor,
    async lintFile(file, label = displayPath(file.path, cwd)) {
      // Start loading the NLP engine while the file is read.
      load().catch(() => {});
      const text = await read(file, label);
      return lint(text, file.path, label, file.explicit || !isStructured(formatOf(file.path)));
    },
    readAhead(file, label = displayPath(file.path, cwd)) {
      if (readsAhead.has(file.path)) return;
      const reading = readDraftFile(realPath(file), label, sizeLimit(file.path));
      // Its error, if any, is the file's own: reported when lintFile takes it, in order.
      reading.catch(() => {});
      readsAhead.set(file.path, reading);
    },
    lintText: (text, filePath, label) => lint(text, filePath, label, true),
    async rulesMeta() {
      if (!linted) await configFor(`${cwd}/<file>.txt`);
      return Object.fromEntries(seenRules);
    },
  };
}
