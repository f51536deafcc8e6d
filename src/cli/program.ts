// The command line: options, help and version, parsed by commander. Nothing
// here loads the linter, so `--help` and `--version` stay instant.
// Flag names and behaviour follow ESLint's, which users already know.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../files/read.js';
import { defaultJobs } from '../parallel/pool.js';
import { formatterNames } from '../formatters/index.js';
import type { RuleSetting } from '../lint.js';
import type { SeverityName } from '../types.js';

export interface CliRequest {
  /** Files, directories, globs and `-`, as given. */
  patterns: string[];
  format: string;
  stdinFilename: string | undefined;
  maxFileSize: number;
  /** Workers to lint on (`--jobs`): the main thread and processes or threads. */
  jobs: number;
  config: string | undefined;
  configLookup: boolean;
  /** false (`--no-plugins`): run no code from configs: no plugin, no JavaScript config or extends. */
  plugins: boolean;
  printConfig: string | undefined;
  rules: Record<string, RuleSetting>;
  minScore: number | undefined;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  outputFile: string | undefined;
  ignore: boolean;
  ignorePath: string | undefined;
  ignorePatterns: string[];
  inlineConfig: boolean;
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives: boolean;
  listRules: boolean;
  explain: string | undefined;
  init: boolean;
  /** --color / --no-color; undefined: as chalk decides (terminal, FORCE_COLOR, NO_COLOR). */
  color: boolean | undefined;
  /** --cache: reuse the results of drafts unchanged since the last run. */
  cache: boolean;
  cacheLocation: string | undefined;
  /** --shard i/n: lint only the i-th of n slices of the inputs (1-based). */
  shard: Shard | undefined;
}

export interface Shard {
  index: number;
  count: number;
}

const EXAMPLES = `
Examples:
  $ apology-lint reply.txt                    lint one draft
  $ apology-lint "macros/**/*.md" reply.txt   lint globs and files, reported in this order
  $ apology-lint macros/                      lint every draft file in a folder
  $ cat reply.txt | apology-lint              lint standard input (or: apology-lint -)
  $ apology-lint --format sarif -o apology.sarif macros/
  $ apology-lint --rule hedging:off --min-score 70 macros/
  $ apology-lint --explain blame-shifting

Exit status: 0 no error found, 1 a draft has an error or a threshold failed, 2 a usage, config or file problem.`;

const SEVERITY_NAMES: Record<string, SeverityName> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

function buildProgram(version: string): Command {
  return new Command('apology-lint')
    .description(
      'Lint apology drafts: flags blame-shifting, excuses and non-apologies, says which parts of a good apology are missing, and scores each draft 0-100.',
    )
    .argument('[files...]', 'drafts: files, folders (the draft files inside) or globs; "-" for standard input')
    .option('-f, --format <name>', `output format: ${formatterNames.join(', ')}, or a formatter module's path`, 'stylish')
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option('-c, --config <path>', 'use this config file for every draft, instead of looking one up')
    .option('--no-config-lookup', 'use no config file (unless -c names one)')
    .option('--no-plugins', 'run no code from configs: load no plugin, refuse a JavaScript config (for an untrusted repository)')
    .option('--print-config <path>', 'print the config that a draft at this path would be linted with, then exit')
    .addOption(
      new Option('--rule <id:severity>', 'set a rule\'s severity (off, warn, error), over any config: hedging:off, or ESLint\'s \'{"hedging":"off"}\'; repeatable')
        .argParser(collectRule)
        .default({}, ''),
    )
    .addOption(new Option('--min-score <n>', 'a draft scoring under n (0-100) fails the run').argParser(parseScore))
    .addOption(new Option('--max-warnings <n>', 'more than n warnings in all fails the run').argParser(parseCount).default(-1, 'no limit'))
    .option('--quiet', 'report errors only, not warnings')
    .option('--stdin-filename <path>', 'file name to report (and pick a config and format) for standard input')
    .option('--ignore-path <path>', 'ignore file to use instead of .apologylintignore')
    .addOption(new Option('--ignore-pattern <pattern>', 'ignore files matching this .gitignore pattern; repeatable').argParser(collect).default([], ''))
    .option('--no-ignore', 'lint ignored files too')
    .option('--no-inline-config', 'ignore apology-lint-disable comments in drafts')
    .option('--no-error-on-unmatched-pattern', 'skip a pattern that matches no file instead of failing')
    .option('--report-unused-disable-directives', 'report disable comments that silence nothing, as errors')
    .addOption(
      new Option('--max-file-size <size>', 'refuse drafts larger than this, e.g. 200kB or 2MB')
        .argParser(parseSizeArgument)
        .default(DEFAULT_MAX_FILE_SIZE, '1MB'),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'lint on n workers (processes or threads); large batches only, output order unchanged')
        .argParser(parseJobs)
        .default(defaultJobs(), 'the number of cores'),
    )
    .option('--color', 'colour the report even when the output is not a terminal')
    .option('--no-color', 'never colour the report')
    .option('--cache', 'lint only drafts that changed since the last --cache run (by content, config and version)')
    .option('--cache-location <path>', 'the cache file, or a folder to keep it in (default: .apologylintcache)')
    .addOption(new Option('--shard <i/n>', 'lint only the i-th of n equal slices of the files, for CI matrix jobs').argParser(parseShard))
    .option('--list-rules', 'list the rules (built-in and from the config\'s plugins), then exit')
    .option('--explain <rule>', 'print a rule\'s documentation, then exit')
    .option('--init', 'write a starter .apologylintrc.json here, then exit')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    // Errors are reported by the caller as one line; help and version still print to stdout.
    .configureOutput({ outputError: () => {} });
}

function parseSizeArgument(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 500kB or 2MB.');
  return bytes;
}

function parseJobs(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('expected a number of workers, 1 or more.');
  return value;
}

function parseScore(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) throw new InvalidArgumentError('expected a score from 0 to 100.');
  return value;
}

function parseCount(text: string): number {
  const value = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || value < -1) throw new InvalidArgumentError('expected a whole number of warnings (-1 for no limit).');
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * "hedging:off", "acme/no-legalese:error", several joined by commas, or
 * ESLint's object form '{"hedging":"off","denial":["error",{}]}'.
 */
function collectRule(value: string, previous: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const rules = { ...previous };
  if (value.trim().startsWith('{')) {
    for (const [id, setting] of Object.entries(parseRuleObject(value))) rules[id] = ruleSetting(id, setting);
    return rules;
  }
  for (const item of value.split(',')) {
    const cut = item.lastIndexOf(':');
    const id = item.slice(0, cut).trim();
    const severity = SEVERITY_NAMES[item.slice(cut + 1).trim()];
    if (cut <= 0 || !id || !severity) throw new InvalidArgumentError(`expected id:severity with severity off, warn or error (got '${item}').`);
    rules[id] = severity;
  }
  return rules;
}

function parseRuleObject(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new InvalidArgumentError(`expected a JSON object of rule settings (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidArgumentError('expected a JSON object of rule settings.');
  return parsed as Record<string, unknown>;
}

/** "off", 0, ["error", { options }]: a severity as ESLint writes it, with options or not. */
function ruleSetting(id: string, setting: unknown): RuleSetting {
  const [level, options] = Array.isArray(setting) ? setting : [setting];
  const severity = SEVERITY_NAMES[String(level)];
  const badOptions = options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options));
  if (!severity || badOptions) {
    throw new InvalidArgumentError(`expected "${id}" to be off, warn, error, 0, 1, 2 or [severity, {options}] (got ${JSON.stringify(setting)}).`);
  }
  return options === undefined ? severity : [severity, options as Record<string, unknown>];
}

/** "2/3": the second of three slices. */
function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, e.g. 2/3.');
  return { index, count };
}

interface Options {
  format: string;
  outputFile?: string;
  config?: string;
  configLookup: boolean;
  plugins: boolean;
  printConfig?: string;
  rule: Record<string, RuleSetting>;
  minScore?: number;
  maxWarnings: number;
  quiet?: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  inlineConfig: boolean;
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives?: boolean;
  maxFileSize: number;
  jobs: number;
  listRules?: boolean;
  explain?: string;
  init?: boolean;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
}

/** argv without node and script → what to do, or the exit code when commander already answered (help, version). */
export function parseArguments(args: readonly string[], version: string): CliRequest | { exitCode: number } {
  const program = buildProgram(version);
  try {
    program.parse([...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return { exitCode: 0 };
    // commander adds "(Did you mean --format?)" on a second line; the contract is one line.
    throw new UserError(error.message.replace(/^error: /, '').replace(/(?<!\s)\s*\n\s*/g, ' ')); // (?<!\s): linear on long runs of spaces
  }
  const o = program.opts<Options>();
  return {
    patterns: program.args,
    format: o.format,
    stdinFilename: o.stdinFilename,
    maxFileSize: o.maxFileSize,
    jobs: o.jobs,
    config: o.config,
    configLookup: o.configLookup,
    plugins: o.plugins,
    printConfig: o.printConfig,
    rules: o.rule,
    minScore: o.minScore,
    maxWarnings: o.maxWarnings,
    quiet: o.quiet === true,
    outputFile: o.outputFile,
    ignore: o.ignore,
    ignorePath: o.ignorePath,
    ignorePatterns: o.ignorePattern,
    inlineConfig: o.inlineConfig,
    errorOnUnmatchedPattern: o.errorOnUnmatchedPattern,
    reportUnusedDisableDirectives: o.reportUnusedDisableDirectives === true,
    listRules: o.listRules === true,
    explain: o.explain,
    init: o.init === true,
    color: o.color,
    cache: o.cache === true,
    cacheLocation: o.cacheLocation,
    shard: o.shard,
  };
}
