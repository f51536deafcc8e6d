// The terminal report a support agent reads: per draft the score, which parts
// of an apology are there, and each finding with the words it is about and
// what to write instead.
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { displayPath } from '../files/display.js';
import type { LintMessage, LintResult, Parts } from '../types.js';

const PART_NAMES: readonly (keyof Parts)[] = ['apology', 'ownership', 'remedy', 'prevention', 'empathy'];
const BAR_CELLS = 20;
/** Longest line of a draft quoted under a finding; longer lines are cut around the words. */
const EXCERPT_WIDTH = 100;
/** A finding over many lines quotes only its first few. */
const EXCERPT_LINES = 3;

export function formatStylish(results: LintResult[]): string {
  const paint = new Chalk({ level: colourLevel() });
  const blocks = results.map((result) => formatResult(result, paint));
  if (results.length > 1) blocks.push(summaryLine(results, paint));
  return `${blocks.join('\n\n')}\n`;
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

function formatResult(result: LintResult, paint: ChalkInstance): string {
  const lines = [
    paint.underline(displayPath(result.filePath)),
    `  ${scoreLine(result, paint)}`,
    `  ${checklist(result.parts, paint)}`,
    '',
  ];
  if (result.messages.length === 0) {
    lines.push(`  ${paint.green('✔ no problems')}`);
    return lines.join('\n');
  }
  const sourceLines = result.source === undefined ? undefined : result.source.split(/\r\n|\r|\n/);
  const positionWidth = Math.max(...result.messages.map((m) => position(m).length));
  const severityWidth = result.messages.some((m) => m.severity === 1) ? 'warning'.length : 'error'.length;
  const indent = ' '.repeat(2 + positionWidth + 2);
  for (const message of result.messages) {
    const severity = message.severity === 2 ? paint.red('error'.padEnd(severityWidth)) : paint.yellow('warning');
    lines.push(
      `  ${paint.dim(position(message).padEnd(positionWidth))}  ${severity}  ${message.message}  ${paint.dim(message.ruleId)}`,
    );
    if (sourceLines) {
      for (const quoted of excerpt(sourceLines, message, paint)) lines.push(indent + quoted);
    }
    for (const suggestion of message.suggestions ?? []) lines.push(`${indent}${paint.cyan('→')} ${suggestion.desc}`);
  }
  lines.push('', `  ${problemCount(result.errorCount, result.warningCount, paint)}`);
  return lines.join('\n');
}

function scoreLine(result: LintResult, paint: ChalkInstance): string {
  const tone = result.score >= 80 ? paint.green : result.score >= 60 ? paint.yellow : paint.red;
  const filled = Math.round((Math.min(100, Math.max(0, result.score)) / 100) * BAR_CELLS);
  const bar = tone('█'.repeat(filled)) + paint.dim('░'.repeat(BAR_CELLS - filled));
  return `Score ${paint.bold(tone(String(result.score)))}/100  grade ${paint.bold(tone(result.grade))}  ${bar}`;
}

function checklist(parts: Parts, paint: ChalkInstance): string {
  return PART_NAMES.map((name) => (parts[name] ? paint.green(`✔ ${name}`) : paint.red(`✘ ${name}`))).join('  ');
}

function position(message: LintMessage): string {
  return `${message.line}:${message.column}`;
}

/**
 * The draft's words a finding is about, in their line, underlined (carets
 * under them when there is no colour). A finding about the whole draft
 * (an empty span, as the missing-part rules give) quotes nothing.
 */
function excerpt(sourceLines: string[], message: LintMessage, paint: ChalkInstance): string[] {
  if (message.line === message.endLine && message.column === message.endColumn) return [];
  const quoted: string[] = [];
  const lastLine = Math.min(message.endLine, message.line + EXCERPT_LINES - 1);
  for (let lineNumber = message.line; lineNumber <= lastLine; lineNumber++) {
    // Tabs become one space so that carets stay under their characters.
    const text = (sourceLines[lineNumber - 1] ?? '').replace(/\t/g, ' ');
    const from = lineNumber === message.line ? message.column - 1 : 0;
    const to = lineNumber === message.endLine ? message.endColumn - 1 : text.length;
    if (to <= from || from >= text.length) continue;
    const view = clip(text, from, Math.min(to, text.length));
    if (paint.level > 0) {
      quoted.push(view.text.slice(0, view.from) + paint.underline.yellow(view.text.slice(view.from, view.to)) + view.text.slice(view.to));
    } else {
      quoted.push(view.text, ' '.repeat(view.from) + '^'.repeat(view.to - view.from));
    }
  }
  return quoted;
}

/** Cuts a long line to a window around [from, to), marking the cuts with "…". */
function clip(text: string, from: number, to: number): { text: string; from: number; to: number } {
  if (text.length <= EXCERPT_WIDTH) return { text, from, to };
  const context = Math.max(10, Math.floor((EXCERPT_WIDTH - (to - from)) / 2));
  const start = Math.max(0, from - context);
  const end = Math.min(text.length, Math.max(to + context, start + EXCERPT_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { text: head + text.slice(start, end) + tail, from: from - start + head.length, to: to - start + head.length };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function problemCount(errors: number, warnings: number, paint: ChalkInstance): string {
  const text = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return errors > 0 ? paint.red(text) : warnings > 0 ? paint.yellow(text) : paint.green(text);
}

function summaryLine(results: LintResult[], paint: ChalkInstance): string {
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const average = Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
  return paint.bold(`${plural(results.length, 'file')}, ${problemCount(errors, warnings, paint)}, average score ${average}`);
}
