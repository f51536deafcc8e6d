// What the CLI and lintFiles share: configs per file, ignore rules, patterns
// to files, and linting a file or standard input with the config that applies
// to it. The linter (lint.js, NLP included) is loaded only when the first
// draft is linted, so that bad arguments and configs fail fast.
import { ConfigResolver, type FileConfig } from './config/load.js';
import { RuleError, UserError } from './errors.js';
import { displayPath } from './display.js';
import { expandPatterns, type ExpandedFile } from './files/expand.js';
import { createIgnoreTest } from './files/ignore.js';
import { DEFAULT_MAX_FILE_SIZE, fileSizeLimit, readDraftFile } from './files/read.js';
import { formatOf, isStructured } from './inputs/formats.js';
import { loadLinter, type Linter } from './load-linter.js';
import type { LintOptions, RuleSetting } from './lint.js';
import type { LintResult, RuleMeta } from './types.js';
import { builtinRules } from '../rules/index.js';

export interface RunnerOptions {
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

export interface Runner {
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

/** Configs per file: `-c`, lookup, plugins, `--rule` and `--min-score` over them. */
function configResolver(options: RunnerOptions, cwd: string, maxFileSize: number): ConfigResolver {
  return new ConfigResolver({
    cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    configLookup: options.configLookup !== false,
    runCode: options.plugins !== false,
    ...(options.rules ? { ruleOverrides: options.rules } : {}),
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    maxFileSize,
  });
}

/** Ignore files, `--ignore-pattern` and the configs' own ignore patterns. */
function ignoreTest(options: RunnerOptions, cwd: string, maxFileSize: number, configs: ConfigResolver): ReturnType<typeof createIgnoreTest> {
  return createIgnoreTest({
    cwd,
    maxFileSize,
    ignore: options.ignore !== false,
    ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
    ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}),
    configPatterns: async (path) => {
      const config = await configs.configFor(path);
      return { dir: config.dir, patterns: config.ignorePatterns };
    },
  });
}

/** What the linter gets for a draft at `filePath` under its config. */
function lintOptions(filePath: string, config: FileConfig, options: RunnerOptions, maxDraftSize: number): LintOptions {
  return {
    filePath,
    rules: config.rules,
    extraRules: config.extraRules,
    placeholderPatterns: config.placeholderPatterns,
    lexicon: config.lexicon,
    ...(config.fields ? { fields: config.fields } : {}),
    ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
    allowInlineConfig: options.allowInlineConfig !== false,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    maxDraftSize,
  };
}

/**
 * What a failed lint becomes: a user's error as it is, a rule's error with the
 * draft's name, anything else an internal error naming the draft.
 */
function lintError(error: unknown, label: string): Error {
  if (error instanceof UserError) return error;
  if (error instanceof RuleError) return new RuleError(`cannot lint '${label}': ${error.message}`);
  // A crash in a rule is our bug (or a plugin's), but the user needs to know which draft set it off.
  return new Error(`internal error while linting '${label}': ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Reads of drafts, some started ahead (`start`) and taken, in order, by `read`.
 */
function draftReader(maxFileSize: number): { read(file: ExpandedFile, label: string): Promise<string>; start(file: ExpandedFile, label: string): void } {
  /** Reads started by readAhead, taken by lintFile. */
  const readsAhead = new Map<string, Promise<string>>();
  // An export may be larger than one draft: --max-file-size bounds each of its drafts (src/files/read.ts).
  const sizeLimit = (path: string): number => fileSizeLimit(isStructured(formatOf(path)), maxFileSize);
  return {
    read(file, label) {
      const ahead = readsAhead.get(file.path);
      readsAhead.delete(file.path);
      return ahead ?? readDraftFile(realPath(file), label, sizeLimit(file.path));
    },
    start(file, label) {
      if (readsAhead.has(file.path)) return;
      const reading = readDraftFile(realPath(file), label, sizeLimit(file.path));
      // Its error, if any, is the file's own: reported when lintFile takes it, in order.
      reading.catch(() => {});
      readsAhead.set(file.path, reading);
    },
  };
}

export async function createRunner(options: RunnerOptions = {}): Promise<Runner> {
  const cwd = options.cwd ?? process.cwd();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Config-side files are bounded as drafts are, but never below the default:
  // a small --max-file-size for drafts must not refuse the repository's package.json.
  const configSizeLimit = Math.max(maxFileSize, DEFAULT_MAX_FILE_SIZE);
  const configs = configResolver(options, cwd, configSizeLimit);
  const isIgnored = await ignoreTest(options, cwd, configSizeLimit, configs);
  let linter: Promise<Linter> | undefined;
  const load = (): Promise<Linter> => (linter ??= loadLinter());

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
      return lintSource(text, lintOptions(filePath, config, options, maxFileSize));
    } catch (error) {
      // A JSON/YAML file met in a folder may be data, not drafts: skip it, as ESLint skips files no config matches.
      if (error instanceof NotDraftsError && !explicit) return [];
      throw lintError(error, label);
    }
  };

  const drafts = draftReader(maxFileSize);

  return {
    cwd,
    files: (patterns) =>
      expandPatterns(patterns, cwd, { isIgnored, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false }),
    isIgnored,
    configFor,
    async lintFile(file, label = displayPath(file.path, cwd)) {
      // Start loading the linter while the file is read.
      load().catch(() => {});
      const text = await drafts.read(file, label);
      return lint(text, file.path, label, file.explicit || !isStructured(formatOf(file.path)));
    },
    readAhead(file, label = displayPath(file.path, cwd)) {
      drafts.start(file, label);
    },
    lintText: (text, filePath, label) => lint(text, filePath, label, true),
    async rulesMeta() {
      if (!linted) await configFor(`${cwd}/<file>.txt`);
      return Object.fromEntries(seenRules);
    },
  };
}
