// The command line: options, help and version, parsed by commander. Nothing
// here loads the linting engine, so `--help` and `--version` stay instant.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../files/read.js';
import { formatterNames } from '../formatters/index.js';

export interface CliRequest {
  /** Files, directories, globs and `-`, as given. */
  patterns: string[];
  format: string;
  stdinFilename: string | undefined;
  maxFileSize: number;
}

const EXAMPLES = `
Examples:
  $ apology-lint reply.txt                    lint one draft
  $ apology-lint "macros/**/*.md" reply.txt   lint globs and files, reported in this order
  $ apology-lint drafts/                      lint the .txt, .md and .markdown files in a folder
  $ cat reply.txt | apology-lint              lint standard input (or: apology-lint -)
  $ apology-lint --format json drafts/ > report.json

Exit status: 0 no error found, 1 a draft has an error, 2 a usage or file problem.`;

function buildProgram(version: string): Command {
  return new Command('apology-lint')
    .description(
      'Lint apology drafts: flags blame-shifting, excuses and non-apologies, says which parts of a good apology are missing, and scores each draft 0-100.',
    )
    .argument('[files...]', 'drafts: files, folders (.txt .md .markdown inside) or globs; "-" for standard input')
    .option('-f, --format <name>', `output format: ${formatterNames.join(' or ')}`, 'stylish')
    .option('--stdin-filename <path>', 'file name to report for standard input')
    .addOption(
      new Option('--max-file-size <size>', 'refuse drafts larger than this, e.g. 200kB or 2MB')
        .argParser(parseSizeArgument)
        .default(DEFAULT_MAX_FILE_SIZE, '1MB'),
    )
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

/** argv without node and script → what to do, or the exit code when commander already answered (help, version). */
export function parseArguments(args: readonly string[], version: string): CliRequest | { exitCode: number } {
  const program = buildProgram(version);
  try {
    program.parse([...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return { exitCode: 0 };
    // commander adds "(Did you mean --format?)" on a second line; the contract is one line.
    throw new UserError(error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '));
  }
  const options = program.opts<{ format: string; stdinFilename?: string; maxFileSize: number }>();
  return {
    patterns: program.args,
    format: options.format,
    stdinFilename: options.stdinFilename,
    maxFileSize: options.maxFileSize,
  };
}
