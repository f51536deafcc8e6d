// JUnit XML for CI test reports: one testcase per draft, failing when the
// draft has an error or scores under the minimum; warnings go to system-out.
import type { LintResult } from '../types.js';
import type { FormatterContext } from './types.js';
import { belowMinScore, countProblems, messagesWithScore, plural, resultName } from './shared.js';
import { displayPath } from '../display.js';

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export function formatJunit(results: LintResult[], context?: FormatterContext): string {
  const cwd = context?.cwd ?? process.cwd();
  const failures = results.filter((r) => r.errorCount > 0 || belowMinScore(r)).length;
  const cases = results.map((result) => {
    const name = resultName(result, cwd);
    const details = messagesWithScore(result).map(
      (m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`,
    );
    // `file` is always the real path (CI tools open it); a macro's title is in `name`.
    const file = displayPath(result.filePath, cwd);
    const open = `    <testcase classname="apology-lint" name="${escapeXml(name)}" file="${escapeXml(file)}" time="0">`;
    const failed = result.errorCount > 0 || belowMinScore(result);
    const body: string[] = [];
    if (failed) {
      const { errors, warnings } = countProblems([result]);
      const summary = `Score ${result.score}/100 (grade ${result.grade}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
      body.push(`      <failure type="apology-lint" message="${escapeXml(summary)}">${escapeXml(details.join('\n'))}</failure>`);
    } else if (details.length > 0) {
      body.push(`      <system-out>${escapeXml(details.join('\n'))}</system-out>`);
    }
    return body.length === 0 ? `${open}</testcase>` : [open, ...body, '    </testcase>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apology-lint" tests="${results.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="apology-lint" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
