// apology-lint's command line: parse arguments, resolve the drafts, lint them,
// print one report, exit 0/1/2 as ../shared/spec/report.md says. Every failure
// ends as one line on stderr and exit 2, never a stack trace.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../files/display.js';
import { expandPattern } from '../files/expand.js';
import { readDraftFile } from '../files/read.js';
import { loadFormatter } from '../formatters/index.js';
import type { LintResult } from '../types.js';
import { parseArguments } from './program.js';
import { STDIN_LABEL, readStdinDraft } from './stdin.js';

const STDIN_PATTERN = '-';
const STDIN_PATH = '<stdin>';

/** One draft to lint: where to read it, the `filePath` to report, and its name in error messages. */
interface Input {
  from: 'stdin' | 'file';
  filePath: string;
  label: string;
}

/** Runs the CLI for `process.argv` and sets the exit code. */
export async function run(argv: readonly string[] = process.argv): Promise<void> {
  installLastResortHandlers();
  process.exitCode = await main(argv.slice(2));
}

/** The CLI without process wiring: arguments after the script name → exit code. */
export async function main(args: readonly string[]): Promise<number> {
  try {
    const request = parseArguments(args, readVersion());
    if ('exitCode' in request) return request.exitCode;
    const format = await loadFormatter(request.format);
    const cwd = process.cwd();
    const stdinPath = request.stdinFilename ? resolve(cwd, request.stdinFilename) : STDIN_PATH;
    const inputs = await resolveInputs(request.patterns, cwd, stdinPath);
    // compromise takes most of a second to load (spec/performance.md): only
    // now that the arguments are known good, and while files are read.
    const engine = import('../lint.js');
    engine.catch(() => {});
    const results: LintResult[] = [];
    for (const input of inputs) {
      const text =
        input.from === 'stdin'
          ? await readStdinDraft(request.maxFileSize)
          : await readDraftFile(input.filePath, input.label, request.maxFileSize);
      const { lintText } = await engine;
      results.push(lintDraft(lintText, text, input));
    }
    process.stdout.write(format(results));
    return results.some((result) => result.errorCount > 0) ? 1 : 0;
  } catch (error) {
    process.stderr.write(`apology-lint: ${oneLine(error)}\n`);
    return 2;
  }
}

/**
 * Patterns → inputs in the order given. No pattern means standard input,
 * whether piped or typed at a terminal (then it says how to end the paste).
 */
async function resolveInputs(patterns: readonly string[], cwd: string, stdinPath: string): Promise<Input[]> {
  const stdin: Input = { from: 'stdin', filePath: stdinPath, label: STDIN_LABEL };
  if (patterns.length === 0) return [stdin];
  const inputs: Input[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (pattern === STDIN_PATTERN) {
      // Standard input can be read only once.
      if (!seen.has(STDIN_PATTERN)) inputs.push(stdin);
      seen.add(STDIN_PATTERN);
      continue;
    }
    for (const path of await expandPattern(pattern, cwd)) {
      if (seen.has(path)) continue;
      seen.add(path);
      inputs.push({ from: 'file', filePath: path, label: displayPath(path, cwd) });
    }
  }
  return inputs;
}

type LintText = (typeof import('../lint.js'))['lintText'];

function lintDraft(lintText: LintText, text: string, input: Input): LintResult {
  try {
    return lintText(text, { filePath: input.filePath });
  } catch (error) {
    // A crash in a rule is our bug, but the user needs to know which draft set it off.
    throw new Error(`internal error while linting '${input.label}': ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readVersion(): string {
  // dist/src/cli/main.js → the package root.
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
}

/** Whatever escapes `main` (a stream error, a bug) still ends as one line and exit 2. */
function installLastResortHandlers(): void {
  const fail = (error: unknown): void => {
    process.stderr.write(`apology-lint: ${oneLine(error)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // A reader that stops early (`apology-lint … | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(error);
  });
}
