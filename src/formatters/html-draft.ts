// One draft's section of the html report: its score, grade and parts, its
// text with each finding's words highlighted, and the findings with their
// messages and suggestions. Everything taken from a draft or a config is
// escaped: a draft is text a customer may have written.
import { indexLines, positionAt, type LineIndex } from '../positions.js';
import type { LintMessage, LintResult, Parts } from '../types.js';
import { displayPath } from '../display.js';
import { countProblems, messagesWithScore, problemSummary } from './shared.js';

const PART_NAMES: readonly (keyof Parts)[] = ['apology', 'ownership', 'remedy', 'prevention', 'empathy'];

/** Text for an element or an attribute; control characters shown as their control pictures (␀, ␛…). */
export function escapeHtml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\u007f/g, '\u2421')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

interface Span {
  finding: number;
  ruleId: string;
  message: string;
  start: number;
  end: number;
}

export function draftSection(result: LintResult, index: number, cwd: string): string {
  const messages = messagesWithScore(result);
  const rules = [...new Set(messages.map((m) => m.ruleId))];
  const name = displayPath(result.filePath, cwd);
  const title = result.draft === undefined ? '' : ` <span class="title">› ${escapeHtml(result.draft)}</span>`;
  const parts = PART_NAMES.map((part) => `<li class="${result.parts[part] ? 'has' : 'lacks'}">${result.parts[part] ? '✔' : '✘'} ${part}</li>`).join('');
  const findings = messages.map((m, k) => findingItem(m, index, k)).join('\n');
  return `<section class="draft" id="d${index}" data-index="${index}" data-score="${result.score}" data-rules="${escapeHtml(rules.join(' '))}">
<h2><span class="path">${escapeHtml(name)}</span>${title}</h2>
<p class="score grade-${escapeHtml(result.grade)}">Score <b>${result.score}</b>/100 · grade <b>${escapeHtml(result.grade)}</b>${result.minScore === undefined ? '' : ` · minimum ${result.minScore}`} · ${problemSummary(countProblems([result]))}</p>
<ul class="parts">${parts}</ul>
${draftText(result, messages, index)}
<ol class="findings">
${findings}
</ol>
</section>`;
}

function findingItem(m: LintMessage, draft: number, k: number): string {
  const severity = m.severity === 2 ? 'error' : 'warning';
  const suggestion = (m.suggestions ?? []).map((s) => `<p class="suggestion">→ ${escapeHtml(s.desc)}</p>`).join('');
  return `<li class="finding ${severity}" id="f${draft}-${k}" data-finding="${k}" data-rule="${escapeHtml(m.ruleId)}">
<span class="where">${m.line}:${m.column}</span> <span class="severity">${severity}</span> <span class="message">${escapeHtml(m.message)}</span> <code class="rule">${escapeHtml(m.ruleId)}</code>${suggestion}</li>`;
}

/**
 * The draft's text with its findings' words marked. Findings may overlap, so
 * the text is cut at every start and end, and each piece is one <mark> naming
 * every finding that covers it. A draft inside an export shows only the lines
 * its findings are on (the export holds other drafts too).
 */
function draftText(result: LintResult, messages: readonly LintMessage[], draft: number): string {
  if (result.source === undefined) return '';
  const source = result.source;
  const index = linesOf(source);
  const { starts } = index;
  const offset = (line: number, column: number): number => Math.min(source.length, (starts[line - 1] ?? source.length) + column - 1);
  const spans: Span[] = [];
  messages.forEach((m, k) => {
    const start = offset(m.line, m.column);
    const end = offset(m.endLine, m.endColumn);
    if (end > start) spans.push({ finding: k, ruleId: m.ruleId, message: m.message, start, end });
  });
  let from = 0;
  let to = source.length;
  if (result.draft !== undefined) {
    if (spans.length === 0) return '';
    const firstLine = Math.min(...spans.map((s) => lineOf(index, s.start)));
    const lastLine = Math.max(...spans.map((s) => lineOf(index, s.end - 1)));
    from = starts[firstLine] ?? 0;
    to = starts[lastLine + 1] ?? source.length;
  }
  return `<pre class="text" data-from="${from}">${markedText(source, from, to, spans, draft)}</pre>`;
}

/** 0-based line of an offset, by binary search (an export's drafts each ask, on one long text). */
function lineOf(index: LineIndex, offset: number): number {
  return positionAt(index, offset).line - 1;
}

/**
 * The drafts of one export share its text: its lines are indexed once, not
 * once per draft. One entry, let go by `forgetLines` when the page is done.
 */
let indexed: { source: string; index: LineIndex } | undefined;
function linesOf(source: string): LineIndex {
  if (indexed?.source !== source) indexed = { source, index: indexLines(source) };
  return indexed.index;
}

export function forgetLines(): void {
  indexed = undefined;
}

function markedText(source: string, from: number, to: number, spans: readonly Span[], draft: number): string {
  const cuts = new Set([from, to]);
  for (const span of spans) {
    if (span.start > from && span.start < to) cuts.add(span.start);
    if (span.end > from && span.end < to) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const text = escapeHtml(source.slice(start, end));
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    if (covering.length === 0) {
      html += text;
      continue;
    }
    const ids = covering.map((s) => s.finding).join(' ');
    const rules = [...new Set(covering.map((s) => s.ruleId))].join(' ');
    const title = escapeHtml(covering.map((s) => s.message).join('\n'));
    html += `<mark data-draft="${draft}" data-findings="${ids}" data-rules="${escapeHtml(rules)}" title="${title}">${text}</mark>`;
  }
  return html;
}
