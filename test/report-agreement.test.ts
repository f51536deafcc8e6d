// One run, every format: a draft inside a JSON or YAML export is reported
// under its file's real path (the title in a field or attribute of its own),
// so that problem matchers and CI parsers can open it; and every format counts
// the same problems.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, parseReport, tree } from './helpers.js';

const dir = tree({
  'poor.txt': POOR,
  'hedged.txt': HEDGED,
  'zendesk.json': JSON.stringify({ macros: [{ title: 'Late [again]: parcel', actions: [{ field: 'comment_value', value: POOR }] }] }),
  'canned.yaml': `responses:\n  - title: Hedged one\n    body: "${HEDGED.replace(/\n/g, '\\n')}"\n`,
  '.apologylintrc.json': JSON.stringify({ overrides: [{ files: 'canned.yaml', fields: { text: 'responses[].body', title: 'title' } }] }),
});
const files = ['poor.txt', 'hedged.txt', 'zendesk.json', 'canned.yaml'];
const run = (format: string, ...extra: string[]): string => cli(['-f', format, ...extra, ...files], { cwd: dir }).stdout;

describe('drafts inside JSON and YAML exports', () => {
  it('json: filePath is the export file itself, the title is in "draft"', () => {
    const results = parseReport(cli(['-f', 'json', ...files], { cwd: dir }));
    expect(results.map((r) => [r.filePath, r.draft])).toEqual([
      [join(dir, 'poor.txt'), undefined],
      [join(dir, 'hedged.txt'), undefined],
      [join(dir, 'zendesk.json'), 'Late [again]: parcel'],
      [join(dir, 'canned.yaml'), 'Hedged one'],
    ]);
    for (const result of results) expect(existsSync(result.filePath)).toBe(true);
  });

  it("compact, junit, github and sarif name a path that exists; the title goes in the message, name or title", () => {
    const compactPaths = run('compact').split('\n').filter((l) => l.includes(': line ')).map((l) => l.slice(0, l.indexOf(': line ')));
    const junitFiles = [...run('junit').matchAll(/ file="([^"]*)"/g)].map((m) => m[1]);
    const githubFiles = [...run('github').matchAll(/ file=([^,]*),/g)].map((m) => m[1]);
    const sarif = JSON.parse(run('sarif')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const sarifUris = sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri) ?? [];
    for (const paths of [compactPaths, junitFiles, githubFiles, sarifUris]) {
      expect(new Set(paths)).toEqual(new Set(files));
    }
    expect(run('compact')).toMatch(/^zendesk\.json: line \d+, col \d+, Error - \[Late \[again\]: parcel\] .+ \(blame-shifting\)$/m);
    expect(run('junit')).toContain('name="zendesk.json [Late [again]: parcel]" file="zendesk.json"');
    expect(run('github')).toMatch(/^::error file=zendesk\.json,.*title=apology-lint \(blame-shifting\) in Late \[again\]%3A parcel::/m);
  });
});

/** Errors and warnings each format reports for the run. */
function counts(...extra: string[]): Record<string, { errors: number; warnings: number }> {
  const summary = (text: string): { errors: number; warnings: number } => {
    // The last count is the run's (stylish also counts each draft, and adds the average score after it).
    const m = [...text.matchAll(/(\d+) problems? \((\d+) errors?, (\d+) warnings?\)/g)].at(-1);
    return { errors: Number(m?.[2]), warnings: Number(m?.[3]) };
  };
  const byLevel = (levels: string[]): { errors: number; warnings: number } => ({
    errors: levels.filter((l) => l === 'error').length,
    warnings: levels.filter((l) => l === 'warning').length,
  });
  const sarif = JSON.parse(run('sarif', ...extra)) as { runs: Array<{ results: Array<{ level: string }> }> };
  const junitLines = [...run('junit', ...extra).matchAll(/(?:^|>)\d+:\d+ (error|warning) /gm)].map((m) => m[1] as string);
  return {
    stylish: summary(run('stylish', ...extra)),
    compact: summary(run('compact', ...extra)),
    sarif: byLevel(sarif.runs[0]?.results.map((r) => r.level) ?? []),
    github: byLevel([...run('github', ...extra).matchAll(/^::(error|warning) /gm)].map((m) => m[1] as string)),
    junit: byLevel(junitLines),
    html: summary(/<p id="summary">[^<]*/.exec(run('html', ...extra))?.[0] ?? ''),
  };
}

describe('counts agree across formats', () => {
  it('every format counts the same errors and warnings, with the JSON counts', () => {
    const all = counts();
    const json = parseReport(cli(['-f', 'json', ...files], { cwd: dir }));
    const expected = { errors: json.reduce((n, r) => n + r.errorCount, 0), warnings: json.reduce((n, r) => n + r.warningCount, 0) };
    expect(expected.errors).toBeGreaterThan(5);
    expect(expected.warnings).toBeGreaterThan(2);
    for (const format of Object.keys(all)) expect(all[format], format).toEqual(expected);
  });

  it('with --min-score, each draft under it is one more error in every format', () => {
    const all = counts('--min-score', '95');
    const json = parseReport(cli(['-f', 'json', '--min-score', '95', ...files], { cwd: dir }));
    const under = json.filter((r) => r.score < 95).length;
    expect(under).toBe(4);
    const expected = { errors: json.reduce((n, r) => n + r.errorCount, 0) + under, warnings: json.reduce((n, r) => n + r.warningCount, 0) };
    for (const format of Object.keys(all)) expect(all[format], format).toEqual(expected);
  });
});
