// apology-lint's command line: parse arguments, resolve the drafts and their
// configs, lint them, print one report, exit 0/1/2 as ../shared/spec/report.md
// says. Every failure ends as one line on stderr and exit 2, never a stack trace.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRunner, type Runner, type RunnerOptions } from '../runner.js';
import { RuleError, UserError } from '../errors.js';
import { displayPath, printable, warn } from '../display.js';
import type { ExpandedFile } from '../files/expand.js';
import { loadReporter, unsettledFormatter } from '../formatters/index.js';
import { unsettledLoad } from '../import-module.js';
import { capJobs } from '../parallel/pool.js';
import { startLinting } from '../parallel/start.js';
import { belowMinScore } from '../score.js';
import type { LintResult } from '../types.js';
import { explainRule, initConfig, listRules, printConfig } from './commands.js';
import { checkOutputFile, partialReport, writeChunks, writeReport } from './output-file.js';
import { parseArguments, type CliRequest } from './program.js';
import { shardOf } from './shard.js';
import { openRunCache, type RunCache } from '../cache/run-cache.js';
import { STDIN_LABEL, readStdinDraft } from './stdin.js';
import { fileSizeLimit } from '../files/read.js';
import { formatOf, isStructured } from '../inputs/formats.js';

const STDIN_PATTERN = '-';
const STDIN_PATH = '<stdin>';
const NOTHING_GIVEN =
  "no draft to lint: no file was given and standard input is empty; pass files, folders or globs (apology-lint macros/), pipe a draft in, or '-' to lint empty input";

/** One draft to lint: where to read it, the `filePath` to report, and its name in error messages. */
interface Input {
  from: 'stdin' | 'file';
  filePath: string;
  label: string;
  explicit: boolean;
  /** The command-line pattern that named it ('' for standard input read because none was given). */
  pattern: string;
  /** The real path of a file whose name is not UTF-8. */
  bytes?: Uint8Array;
}

function fileOf(input: Input): ExpandedFile {
  return { path: input.filePath, explicit: input.explicit, ...(input.bytes ? { bytes: input.bytes } : {}) };
}

/** Runs the CLI for `process.argv` and sets the exit code. */
export async function run(argv: readonly string[] = process.argv): Promise<void> {
  installLastResortHandlers();
  const finished = main(argv.slice(2));
  // Node exits when nothing is left to wait for, even with main() unfinished: a
  // config or plugin that never settles would end the run with 0 and no report.
  // A formatter module's promise that never settles is the same silent pass, caught the same way:
  // no timeout, since Node itself says when nothing is left that could settle it.
  const unsettled = (): void => {
    const formatter = unsettledFormatter();
    const named = unsettledLoad() ?? 'a config or plugin';
    process.stderr.write(
      formatter
        ? `apology-lint: ${printable(formatter)} never returned its report (a promise that never settles)\n`
        : `apology-lint: ${printable(named)} never finished loading (a promise or top-level await that never settles)\n`,
    );
    process.exit(2);
  };
  process.once('beforeExit', unsettled);
  const code = await finished;
  process.off('beforeExit', unsettled);
  // The report is out: a plugin's timer or open handle does not hold the exit.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** The CLI without process wiring: arguments after the script name → exit code. */
export async function main(args: readonly string[]): Promise<number> {
  try {
    const request = parseArguments(args, readVersion());
    if ('exitCode' in request) return request.exitCode;
    const cwd = process.cwd();
    if (request.init) return await initConfig(cwd);
    const runnerOptions: RunnerOptions = {
      cwd,
      maxFileSize: request.maxFileSize,
      ...(request.config !== undefined ? { configFile: request.config } : {}),
      configLookup: request.configLookup,
      plugins: request.plugins,
      rules: request.rules,
      ...(request.minScore !== undefined ? { minScore: request.minScore } : {}),
      ignore: request.ignore,
      ...(request.ignorePath !== undefined ? { ignorePath: request.ignorePath } : {}),
      ignorePatterns: request.ignorePatterns,
      errorOnUnmatchedPattern: request.errorOnUnmatchedPattern,
      allowInlineConfig: request.inlineConfig,
      reportUnusedDisableDirectives: request.reportUnusedDisableDirectives,
    };
    const runner = await createRunner(runnerOptions);
    if (request.printConfig !== undefined) return await printConfig(runner, resolve(cwd, request.printConfig));
    if (request.listRules) return await listRules(runner);
    if (request.explain !== undefined) return await explainRule(runner, request.explain);
    return await lint(request, runner, runnerOptions, cwd);
  } catch (error) {
    process.stderr.write(`apology-lint: ${oneLine(error)}\n`);
    return 2;
  }
}

async function lint(request: CliRequest, runner: Runner, runnerOptions: RunnerOptions, cwd: string): Promise<number> {
  applyColour(request.color);
  const reporter = await loadReporter(request.format, { cwd });
  const stdinPath = request.stdinFilename ? resolve(cwd, request.stdinFilename) : STDIN_PATH;
  const everything = await resolveInputs(request.patterns, runner, stdinPath);
  const inputs = request.shard ? shardOf(everything, request.shard) : everything;
  const outputFile = request.outputFile === undefined ? undefined : resolve(cwd, request.outputFile);
  if (outputFile && request.outputFile !== undefined) {
    // Every draft of the run, not only this shard's, is kept from being written over.
    const files = everything.filter((input) => input.from === 'file').map((input) => input.filePath);
    await checkOutputFile(outputFile, request.outputFile, files);
  }
  const cache = request.cache ? await openRunCache(runner, { ...runnerOptions, maxFileSize: request.maxFileSize }, request.cacheLocation, readVersion()) : undefined;
  const cached = cache ? await cache.lookUp(inputs) : new Map<string, LintResult[]>();
  const linted = await lintInputs(request, runner, runnerOptions, inputs, cached, stdinPath, cache);
  // A pattern is judged "no drafts" only on a shard that holds all of its files, as one unsharded run would judge it.
  for (const [pattern, none] of linted.empty) {
    const whole = everything.filter((input) => input.pattern === pattern).every((input) => inputs.includes(input));
    if (none && whole && request.errorOnUnmatchedPattern) throw new Error(`no drafts in '${pattern}' (its JSON/YAML files are not macro exports; see the "fields" config key)`);
  }
  let results = linted.results;
  // As ESLint's --quiet: warnings dropped, and drafts left with nothing to report not shown.
  if (request.quiet) results = results.map(errorsOnly).filter((result) => result.errorCount > 0 || belowMinScore(result));
  const report = await reporter.report(results, { cwd, rulesMeta: await runner.rulesMeta() });
  // In pieces (a draft's each, for the built-in formats): a report of a million macros is never one string.
  if (outputFile) await writeReport(outputFile, request.outputFile ?? outputFile, report);
  else await writeChunks(process.stdout, report);
  await cache?.save().catch((error: unknown) => process.stderr.write(`apology-lint: warning: cannot write the cache: ${oneLine(error)}\n`));
  if (linted.ruleFailed) return 2;
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (request.maxWarnings >= 0 && warnings > request.maxWarnings) {
    process.stderr.write(`apology-lint: too many warnings (${warnings}; maximum: ${request.maxWarnings})\n`);
    return 1;
  }
  return results.some((result) => result.errorCount > 0 || belowMinScore(result)) ? 1 : 0;
}

/** --color and --no-color, for our formatters and any chalk-based one loaded after (ESLint's). */
function applyColour(colour: boolean | undefined): void {
  if (colour !== undefined) process.env.FORCE_COLOR = colour ? '1' : '0';
}

interface Linted {
  results: LintResult[];
  /** Patterns whose files turned out to hold no drafts (JSON/YAML data found in a folder). */
  empty: Map<string, boolean>;
  /** A rule threw on a draft: said on stderr at once, the others still linted and reported, exit 2. */
  ruleFailed: boolean;
}

/** Lints the inputs in order (those in `cached` read back), each file's results stored in the cache. */
async function lintInputs(
  request: CliRequest,
  runner: Runner,
  runnerOptions: RunnerOptions,
  inputs: readonly Input[],
  cached: ReadonlyMap<string, LintResult[]>,
  stdinPath: string,
  cache: RunCache | undefined,
): Promise<Linted> {
  const linted: Linted = { results: [], empty: new Map(), ruleFailed: false };
  const ruleError = (error: unknown): [] => {
    if (!(error instanceof RuleError)) throw error;
    process.stderr.write(`apology-lint: ${oneLine(error)}\n`);
    linted.ruleFailed = true;
    return [];
  };
  // With --jobs, every file starts now on the workers; the loop below still takes them in input order.
  // A run that ends early (a file that is no draft: exit 2) stops them rather than wait for them.
  const workers = new AbortController();
  const { jobs, capped } = capJobs(request.jobs);
  if (capped) warn(`--jobs ${request.jobs} is more than the ${jobs} cores here: linting on ${jobs}`);
  const toLint = inputs.filter((input) => !cached.has(input.filePath));
  const started = await startLinting(runner, runnerOptions, toLint, jobs, workers.signal);
  try {
    for (const [i, input] of inputs.entries()) {
      const next = inputs[i + 1];
      if (next?.from === 'file' && !started.has(next.filePath) && !cached.has(next.filePath)) runner.readAhead(fileOf(next), next.label);
      if (input.from === 'stdin') {
        for (const result of await lintStdin(request, runner, stdinPath, input.pattern === '').catch(ruleError)) linted.results.push(result);
        continue;
      }
      if (input.explicit && (await runner.isIgnored(input.filePath))) {
        // As ESLint: a file named outright but ignored is skipped with a warning, not an error.
        warn(`'${input.label}' is ignored (use --no-ignore to lint it)`);
        continue;
      }
      let failed = false;
      const hit = cached.get(input.filePath);
      const drafts = hit ?? (await (started.get(input.filePath) ?? runner.lintFile(fileOf(input), input.label)).catch(
        (error: unknown) => ((failed = true), ruleError(error)),
      ));
      // One by one: spread into push, an export's million results overflowed the stack.
      for (const result of drafts) linted.results.push(result);
      if (!failed) {
        linted.empty.set(input.pattern, (linted.empty.get(input.pattern) ?? true) && drafts.length === 0);
        if (!hit) cache?.store(input.filePath, drafts);
      }
    }
    return linted;
  } finally {
    workers.abort();
  }
}

/** @param implicit standard input was read because no file was named, not because `-` was. */
async function lintStdin(request: CliRequest, runner: Runner, stdinPath: string, implicit: boolean): Promise<LintResult[]> {
  // Read as a JSON/YAML export (--stdin-filename macros.json), it is bounded as an export file is.
  const text = await readStdinDraft(fileSizeLimit(isStructured(formatOf(stdinPath)), request.maxFileSize));
  if (text === '' && implicit && !process.stdin.isTTY) throw new UserError(NOTHING_GIVEN);
  // Standard input picks its config and format by --stdin-filename, else as a text file in cwd.
  const configPath = stdinPath === STDIN_PATH ? resolve(runner.cwd, '<stdin>.txt') : stdinPath;
  const drafts = await runner.lintText(text, configPath, STDIN_LABEL);
  return drafts.map((result) => ({ ...result, filePath: stdinPath }));
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  const suppressedMessages = result.suppressedMessages.filter((m) => m.severity === 2);
  return { ...result, messages, suppressedMessages, warningCount: 0, fixableWarningCount: 0 };
}

/**
 * Patterns → inputs in the order given. No pattern means standard input,
 * whether piped or typed at a terminal (then it says how to end the paste).
 */
async function resolveInputs(patterns: readonly string[], runner: Runner, stdinPath: string): Promise<Input[]> {
  const stdin: Input = { from: 'stdin', filePath: stdinPath, label: STDIN_LABEL, explicit: true, pattern: STDIN_PATTERN };
  // Read because nothing was named: empty there is a CI job that passed no file, not an empty draft.
  if (patterns.length === 0) return [{ ...stdin, pattern: '' }];
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (pattern === STDIN_PATTERN) {
      // Standard input can be read only once.
      if (!seen.has(STDIN_PATTERN)) inputs.push(stdin);
      seen.add(STDIN_PATTERN);
      continue;
    }
    for (const file of await runner.files([pattern])) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      inputs.push({ from: 'file', filePath: file.path, label: displayPath(file.path, runner.cwd), explicit: file.explicit, pattern, ...(file.bytes ? { bytes: file.bytes } : {}) });
    }
  }
  return inputs;
}

function readVersion(): string {
  // dist/src/cli/main.js → the package root.
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // (?<!\s): a match starts only where a run of white space starts, so a long run
  // of spaces is not rescanned from each space (linear; the same matches).
  // Then escaped: a file name in the message must not reach the terminal as ESC sequences.
  return printable(text.replace(/(?<!\s)\s*\n\s*/g, ' ').trim()) || 'unknown error';
}

/** Whatever escapes `main` (a stream error, a bug) still ends as one line and exit 2. */
function installLastResortHandlers(): void {
  const fail = (error: unknown): void => {
    process.stderr.write(`apology-lint: ${oneLine(error)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // Interrupted: nothing is left behind (the report is written only at the end,
  // whole, and a half-written temporary file is removed), and the exit is the
  // signal's, as a shell expects.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      const partial = partialReport();
      if (partial) rmSync(partial, { force: true });
      process.kill(process.pid, signal);
    });
  }
  // A reader that stops early (`apology-lint … | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error);
  });
}
