// `--format html`: one self-contained page (no file or network fetched) for a
// repository of templates: every draft with its score, grade and parts, its
// text with each finding's words highlighted beside the message and the
// suggestion; sortable by score and filtered by rule, by a short inline
// script. Works from a file:// URL, and as plain HTML without the script.
import type { LintResult } from '../types.js';
import type { FormatterContext } from './types.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { draftSection, escapeHtml, forgetLines } from './html-draft.js';
import { countProblems, messagesWithScore, plural, problemSummary } from './shared.js';

export function formatHtml(results: LintResult[], context?: FormatterContext): string {
  try {
    return page(results, context);
  } finally {
    forgetLines();
  }
}

function page(results: LintResult[], context?: FormatterContext): string {
  const cwd = context?.cwd ?? process.cwd();
  const average = results.length === 0 ? 0 : Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
  const ruleCounts = new Map<string, number>();
  for (const result of results) for (const m of messagesWithScore(result)) ruleCounts.set(m.ruleId, (ruleCounts.get(m.ruleId) ?? 0) + 1);
  const ruleOptions = [...ruleCounts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => `<option value="${escapeHtml(id)}">${escapeHtml(id)} (${count})</option>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>apology-lint report</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>apology-lint report</h1>
<p id="summary">${plural(results.length, 'draft')}, ${problemSummary(countProblems(results))}, average score ${average}</p>
<form id="controls">
<label>Sort <select id="sort"><option value="input">as linted</option><option value="score-asc">score, lowest first</option><option value="score-desc">score, highest first</option></select></label>
<label>Rule <select id="rule"><option value="">every rule</option>${ruleOptions}</select></label>
<span id="shown"></span>
</form>
</header>
<main id="drafts">
${results.map((result, i) => draftSection(result, i, cwd)).join('\n')}
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
