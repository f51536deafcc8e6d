// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run,
// the rules that can report (with help text from their docs), and one result
// per finding with its region in the file. Tests validate it against the
// SARIF 2.1.0 JSON schema.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, RuleMeta } from '../types.js';
import type { FormatterContext } from './types.js';
import { messagesWithScore } from './shared.js';

const EXTRA_RULES: Record<string, { description: string; help: string }> = {
  'min-score': {
    description: 'The draft scores under the configured minimum (minScore, --min-score).',
    help: 'Fix the findings above it, or add the missing parts of an apology, to raise the score.',
  },
  'unused-disable-directive': {
    description: 'An apology-lint-disable comment that silences nothing.',
    help: 'Remove the comment, or name the rule it was meant for.',
  },
};

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}

export function formatSarif(results: LintResult[], context?: FormatterContext): string {
  const cwd = context?.cwd ?? process.cwd();
  const rulesMeta = context?.rulesMeta ?? {};
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (id: string): number => {
    const known = ruleIndex.get(id);
    if (known !== undefined) return known;
    const meta: RuleMeta | undefined = rulesMeta[id];
    const extra = EXTRA_RULES[id];
    const description = meta?.description ?? extra?.description ?? id;
    const full = meta?.docs.description ?? description;
    const example = meta?.docs.bad ? `\n\nFlagged: ${meta.docs.bad}\nBetter: ${meta.docs.good}` : '';
    const exampleMd = meta?.docs.bad ? `\n\n**Flagged:** ${meta.docs.bad}\n\n**Better:** ${meta.docs.good}` : '';
    rules.push({
      id,
      name: id.replace(/(^|[-/])(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: full },
      help: { text: `${full}${extra ? `\n\n${extra.help}` : ''}${example}`, markdown: `${full}${extra ? `\n\n${extra.help}` : ''}${exampleMd}` },
      defaultConfiguration: { level: meta?.defaultSeverity === 'warn' ? 'warning' : 'error' },
      properties: { tags: ['apology', meta?.kind ?? 'meta'] },
    });
    ruleIndex.set(id, rules.length - 1);
    return rules.length - 1;
  };
  for (const id of Object.keys(rulesMeta)) addRule(id);

  const sarifResults = results.flatMap((result) =>
    messagesWithScore(result).map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: addRule(m.ruleId),
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.message + (m.suggestions?.[0] ? ` ${m.suggestions[0].desc}` : '') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(result.filePath, cwd),
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
      properties: { score: result.score, grade: result.grade, ...(result.draft === undefined ? {} : { draft: result.draft }) },
    })),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'apology-lint',
            version: packageVersion(),
            informationUri: 'https://www.npmjs.com/package/apology-lint',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(filePath)) return { uri: encodeURI(filePath.replace(/[<>]/g, '')) || 'stdin' };
  const rel = relative(cwd, filePath);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

let version: string | undefined;
function packageVersion(): string {
  // dist/src/formatters/sarif.js → the package root.
  version ??= (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}
