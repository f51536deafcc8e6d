// Every rule on drafts it must flag (with the words the finding points at)
// and on look-alikes it must leave alone.
import { describe, expect, it } from 'vitest';
import { lintText, type LintMessage } from 'apology-lint';
import { CASES } from './cases.js';

/** The original text a message's line/column range covers. */
function coveredText(text: string, m: LintMessage): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = (line: number, column: number): number =>
    lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

const findings = (draft: string, ruleId: string): LintMessage[] =>
  lintText(draft).messages.filter((m) => m.ruleId === ruleId);

for (const [ruleId, { flags, passes }] of Object.entries(CASES)) {
  describe(ruleId, () => {
    it.each(flags.map((c) => [c.draft, c.words] as const))('flags %j', (draft, words) => {
      const hits = findings(draft, ruleId);
      expect(hits.length).toBeGreaterThan(0);
      const first = hits[0] as LintMessage;
      if (ruleId.startsWith('missing-')) {
        expect(first).toMatchObject({ line: 1, column: 1 });
      } else if (words) {
        expect(coveredText(draft, first)).toContain(words);
      }
      expect(first.message.length).toBeGreaterThan(10);
      expect(first.suggestions?.[0]?.desc.length ?? 0).toBeGreaterThan(10);
    });
    it.each(passes.map((p) => [p] as const))('leaves alone %j', (draft) => {
      expect(findings(draft, ruleId)).toEqual([]);
    });
  });
}
