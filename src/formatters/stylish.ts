// The terminal report a support agent reads: per draft the score, which parts
// of an apology are there, and each finding with the words it is about and
// what to write instead.
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { displayPath, printable, printableInPlace } from '../display.js';
import type { LintMessage, LintResult, Parts } from '../types.js';
import { countProblems, messagesWithScore, plural, problemSummary } from './shared.js';

const PART_NAMES: readonly (keyof Parts)[] = ['apology', 'ownership', 'remedy', 'prevention', 'empathy'];
const BAR_CELLS = 20;
/** Longest line of a draft quoted under a finding; longer lines are cut around the words. */
const EXCERPT_WIDTH = 100;
/** A finding over many lines quotes only its first few. */
const EXCERPT_LINES = 3;
/**
 * The end of a sentence inside a line: its closing punctuation and the space after it.
 * The lookbehind starts a match only at the first mark of a run, so a long run of
 * dots with no space after it is scanned once, not once per dot (linear, same matches).
 */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'”’)\]]*\s+/g;

export function formatStylish(results: LintResult[]): string {
  return [...stylishChunks(results)].join('');
}

/** The same report in pieces, one per draft, so that a report of many thousands is never one string. */
export function* stylishChunks(results: readonly LintResult[]): Generator<string> {
  if (results.length === 0) return;
  const paint = new Chalk({ level: colourLevel() });
  // The drafts of one export share its text: split it into lines once, not once per draft.
  let split: { source: string; lines: string[] } | undefined;
  const linesOf = (source: string): string[] => {
    if (split?.source !== source) split = { source, lines: source.split(/\r\n|\r|\n/) };
    return split.lines;
  };
  for (const [i, result] of results.entries()) yield `${i > 0 ? '\n\n' : ''}${formatResult(result, paint, linesOf)}`;
  yield results.length > 1 ? `\n\n${summaryLine(results, paint)}\n` : '\n';
}

/**
 * chalk decides from FORCE_COLOR, the terminal and TERM, but does not read
 * NO_COLOR (no-color.org); an explicit FORCE_COLOR still wins over it.
 */
function colourLevel(): 0 | 1 | 2 | 3 {
  const { NO_COLOR, FORCE_COLOR } = process.env;
  if (FORCE_COLOR === undefined && NO_COLOR) return 0;
  return chalk.level;
}

function formatResult(result: LintResult, paint: ChalkInstance, linesOf: (source: string) => string[]): string {
  const lines = [
    paint.underline(printable(displayPath(result.filePath))) + (result.draft === undefined ? '' : ` › ${paint.bold(printable(result.draft))}`),
    `  ${scoreLine(result, paint)}`,
    `  ${checklist(result.parts, paint)}`,
    '',
  ];
  // A score under the minimum is one more error here too, as in every other report.
  const messages = messagesWithScore(result);
  if (messages.length === 0) {
    lines.push(`  ${paint.green('✔ no problems')}`);
    return lines.join('\n');
  }
  const sourceLines = result.source === undefined ? undefined : linesOf(result.source);
  const positionWidth = Math.max(...messages.map((m) => position(m).length));
  const severityWidth = messages.some((m) => m.severity === 1) ? 'warning'.length : 'error'.length;
  const indent = ' '.repeat(2 + positionWidth + 2);
  for (const message of messages) {
    const severity = message.severity === 2 ? paint.red('error'.padEnd(severityWidth)) : paint.yellow('warning');
    lines.push(
      `  ${paint.dim(position(message).padEnd(positionWidth))}  ${severity}  ${printable(message.message)}  ${paint.dim(printable(message.ruleId))}`,
    );
    if (sourceLines) {
      for (const quoted of excerpt(sourceLines, message, paint)) lines.push(indent + quoted);
    }
    for (const suggestion of message.suggestions ?? []) lines.push(`${indent}${paint.cyan('→')} ${printable(suggestion.desc)}`);
  }
  lines.push('', `  ${problemCount(countProblems([result]), paint)}`);
  return lines.join('\n');
}

function scoreLine(result: LintResult, paint: ChalkInstance): string {
  const tone = result.score >= 80 ? paint.green : result.score >= 60 ? paint.yellow : paint.red;
  const filled = Math.round((Math.min(100, Math.max(0, result.score)) / 100) * BAR_CELLS);
  const bar = tone('█'.repeat(filled)) + paint.dim('░'.repeat(BAR_CELLS - filled));
  const line = `Score ${paint.bold(tone(String(result.score)))}/100  grade ${paint.bold(tone(result.grade))}  ${bar}`;
  if (result.minScore === undefined) return line;
  return result.score < result.minScore
    ? `${line}  ${paint.red(`✘ under the minimum of ${result.minScore}`)}`
    : `${line}  ${paint.dim(`minimum ${result.minScore}`)}`;
}

function checklist(parts: Parts, paint: ChalkInstance): string {
  return PART_NAMES.map((name) => (parts[name] ? paint.green(`✔ ${name}`) : paint.red(`✘ ${name}`))).join('  ');
}

function position(message: LintMessage): string {
  return `${message.line}:${message.column}`;
}

/**
 * The draft's words a finding is about, in their sentence, underlined (carets
 * under them when there is no colour). A finding about the whole draft
 * (an empty span, as the missing-part rules give) quotes nothing.
 */
function excerpt(sourceLines: string[], message: LintMessage, paint: ChalkInstance): string[] {
  if (message.line === message.endLine && message.column === message.endColumn) return [];
  const quoted: string[] = [];
  const lastLine = Math.min(message.endLine, message.line + EXCERPT_LINES - 1);
  for (let lineNumber = message.line; lineNumber <= lastLine; lineNumber++) {
    // Tabs become one space, and other control characters one visible sign, so that carets stay under their characters.
    const text = printableInPlace((sourceLines[lineNumber - 1] ?? '').replace(/\t/g, ' '));
    const from = lineNumber === message.line ? message.column - 1 : 0;
    const to = Math.min(lineNumber === message.endLine ? message.endColumn - 1 : text.length, text.length);
    if (to <= from) continue;
    const sentence = sentenceAround(text, from, to);
    const view = clip(sentence.text, from - sentence.start, to - sentence.start);
    if (paint.level > 0) {
      quoted.push(view.text.slice(0, view.from) + paint.underline.yellow(view.text.slice(view.from, view.to)) + view.text.slice(view.to));
    } else {
      quoted.push(view.text, ' '.repeat(view.from) + '^'.repeat(view.to - view.from));
    }
  }
  return quoted;
}

/**
 * A paragraph is often one long line: quote only the sentences that hold
 * [from, to). A rough cut (an abbreviation's full stop can end it early) is
 * enough to give the words their context.
 */
function sentenceAround(line: string, from: number, to: number): { text: string; start: number } {
  let start = 0;
  for (const boundary of line.slice(0, from).matchAll(SENTENCE_END)) start = (boundary.index ?? 0) + boundary[0].length;
  // From the span's last character, so that a span ending on a full stop ends its sentence there.
  const tail = Math.max(from, to - 1);
  const [boundary] = line.slice(tail).matchAll(SENTENCE_END);
  const end = boundary ? tail + (boundary.index ?? 0) + boundary[0].trimEnd().length : line.length;
  return { text: line.slice(start, end), start };
}

/** Cuts a long line to a window around [from, to), marking the cuts with "…". */
function clip(text: string, from: number, to: number): { text: string; from: number; to: number } {
  if (text.length <= EXCERPT_WIDTH) return { text, from, to };
  const context = Math.max(10, Math.floor((EXCERPT_WIDTH - (to - from)) / 2));
  let start = Math.max(0, from - context);
  let end = Math.min(text.length, Math.max(to + context, start + EXCERPT_WIDTH));
  // Cut between words, never through one, and never into the underlined span.
  const spaceAfterStart = text.indexOf(' ', start);
  if (start > 0 && spaceAfterStart !== -1 && spaceAfterStart < from) start = spaceAfterStart + 1;
  const spaceBeforeEnd = text.lastIndexOf(' ', end);
  if (end < text.length && spaceBeforeEnd >= to) end = spaceBeforeEnd;
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { text: head + text.slice(start, end) + tail, from: from - start + head.length, to: to - start + head.length };
}

function problemCount(counts: { errors: number; warnings: number }, paint: ChalkInstance): string {
  const text = problemSummary(counts);
  return counts.errors > 0 ? paint.red(text) : counts.warnings > 0 ? paint.yellow(text) : paint.green(text);
}

function summaryLine(results: readonly LintResult[], paint: ChalkInstance): string {
  const average = Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
  return paint.bold(`${plural(results.length, 'file')}, ${problemCount(countProblems(results), paint)}, average score ${average}`);
}
