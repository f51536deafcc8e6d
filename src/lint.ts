// lintText: parse once, run every enabled rule over the analysed form, score.
import { analyse } from './analysis/index.js';
import { indexLines, positionAt } from './positions.js';
import { scoreFindings } from './score.js';
import { builtinRules } from '../rules/index.js';
import type { LintMessage, LintResult, Rule, SeverityName } from './types.js';

export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?];

export interface LintOptions {
  /** Shown as `filePath` in the result; `<text>` when absent. */
  filePath?: string;
  /** Per-rule severity (and options); rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Extra rules (plugins), added to the built-ins. */
  extraRules?: Rule[];
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = analyse(source);
  const lines = indexLines(source);
  const rules = [...builtinRules, ...(options.extraRules ?? [])];
  const messages: LintMessage[] = [];
  const fired = new Map<string, number>();
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    const [severityName, ruleOptions] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, {}];
    // A rule turned off is not run, and so does not count in the score either.
    if (severityName === 'off') continue;
    const findings = rule.check(doc, { options: ruleOptions ?? {} });
    if (findings.length > 0) fired.set(rule.meta.id, findings.length);
    for (const finding of findings) {
      const from = positionAt(lines, finding.start);
      const to = positionAt(lines, finding.end);
      messages.push({
        ruleId: rule.meta.id,
        severity: severityName === 'error' ? 2 : 1,
        message: finding.message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        ...(finding.suggestion ? { suggestions: [{ desc: finding.suggestion }] } : {}),
      });
    }
  }
  const order = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0));
  const { score, grade, parts } = scoreFindings(fired);
  return {
    filePath: options.filePath ?? '<text>',
    score,
    grade,
    parts,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    source,
  };
}
