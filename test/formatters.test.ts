// The report formats through the real CLI: compact, sarif (validated against
// the SARIF 2.1.0 schema), github (escaping and the step summary), junit, and
// a formatter module given by path; plus -o, --quiet and --max-warnings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { HEDGED, POOR, cli, root, tree } from './helpers.js';

const dir = tree({
  'poor.txt': POOR,
  'hedged.txt': HEDGED,
  // A name that needs escaping in a workflow command's property, and a macro title with a comma and a colon.
  'odd, name: 100%.md': POOR,
  'macros.json': JSON.stringify([{ title: 'Late: parcel, again & <soon>', actions: [{ field: 'comment_value', value: POOR }] }]),
  'my-formatter.mjs':
    'export default (results, context) => results.map((r) => `${r.score} ${r.messages.length} ${Object.keys(context.rulesMeta).length}`).join("\\n") + "\\n";\n',
});
const files = ['poor.txt', 'hedged.txt', 'odd, name: 100%.md', 'macros.json'];

describe('compact', () => {
  it('prints one line per finding with path, line, column, severity and rule; a macro\'s title leads its message', () => {
    const run = cli(['--format', 'compact', ...files], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^poor\.txt: line 1, col 1, Error - .+ \(missing-apology\)$/);
    expect(lines).toContainEqual(expect.stringMatching(/^hedged\.txt: line 3, col \d+, Warning - .+ \(hedging\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^macros\.json: line 1, col \d+, Error - \[Late: parcel, again & <soon>\] .+ \(blame-shifting\)$/));
    expect(lines.at(-1)).toMatch(/^\d+ problems \(\d+ errors, \d+ warnings\)$/);
  });
});

describe('sarif', () => {
  const run = cli(['--format', 'sarif', ...files], { cwd: dir });
  const log = JSON.parse(run.stdout) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } };
      results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
    }>;
  };

  it('is valid SARIF 2.1.0', () => {
    const schema = JSON.parse(readFileSync(join(root, 'test', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes every rule with help text, and each result with its rule, level and region', () => {
    const [first] = log.runs;
    const rules = first?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['missing-apology', 'blame-shifting', 'hedging']));
    for (const rule of rules.filter((r) => !['min-score', 'unused-disable-directive'].includes(r.id))) expect(rule.help.text.length).toBeGreaterThan(40);
    const results = first?.results ?? [];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const hedge = results.find((r) => r.ruleId === 'hedging');
    expect(hedge?.level).toBe('warning');
    expect(hedge?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('hedged.txt');
    expect(hedge?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 3, endLine: 3 });
    expect(results.some((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'odd%2C%20name%3A%20100%25.md')).toBe(true);
  });
});

describe('github', () => {
  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a, b: 100%')).toBe('a%2C b%3A 100%25');
  });

  it('prints workflow commands and appends a score table to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const run = cli(['--format', 'github', ...files], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,]+::\S/.test(line))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=hedged\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=apology-lint \(hedging\)::Hedges: /));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=odd%2C name%3A 100%25\.md,line=1,/));
    expect(lines).toContainEqual(expect.stringMatching(/title=apology-lint \(blame-shifting\) in Late%3A parcel%2C again & <soon>::/));
    const table = readFileSync(summary, 'utf8');
    expect(table.startsWith('# Earlier step\n## apology-lint')).toBe(true);
    expect(table).toMatch(/^\| ❌ \| poor\.txt \| \d+ \| [A-F] \| \d+ \| \d+ \|$/m);
    expect(table).toMatch(/^\| ⚠️ \| hedged\.txt \| \d+ \| [A-F] \| 0 \| 2 \|$/m);
    expect(table).toContain('macros.json › Late: parcel, again & <soon>');
  });
});

describe('junit', () => {
  it('has one testcase per draft, failing for errors, with escaped names', () => {
    const run = cli(['--format', 'junit', ...files], { cwd: dir });
    expect(run.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="apology-lint" tests="4" failures="3" errors="0">/);
    expect(run.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(run.stdout).toContain('<testcase classname="apology-lint" name="hedged.txt" file="hedged.txt" time="0">\n      <system-out>');
    expect(run.stdout).toMatch(/<testcase classname="apology-lint" name="poor\.txt" file="poor\.txt" time="0">\n {6}<failure type="apology-lint" message="Score \d+\/100 \(grade [A-F]\): \d+ errors, \d+ warnings">/);
    expect(run.stdout).toContain('name="macros.json [Late: parcel, again &amp; &lt;soon&gt;]"');
    expect(run.stdout.replace(/<\/?(testsuites|testsuite|testcase|failure|system-out)\b[^<>]*>|<\?xml[^>]*>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('options around the report', () => {
  it('--format ./module.mjs loads a formatter and passes it the results and rules', () => {
    const run = cli(['--format', './my-formatter.mjs', 'poor.txt', 'hedged.txt'], { cwd: dir });
    expect(run.stdout).toMatch(/^\d+ 7 14\n\d+ 2 14\n$/);
    expect(run.status).toBe(1);
  });

  it('-o writes the report to a file (creating its folder) and nothing to stdout', () => {
    const run = cli(['--format', 'json', '-o', 'reports/apology.json', 'hedged.txt'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'reports', 'apology.json'), 'utf8')) as unknown[]).length).toBe(1);
  });

  it('--quiet reports errors only; --max-warnings fails a run with more warnings', () => {
    const quiet = cli(['--format', 'compact', '--quiet', 'hedged.txt', 'poor.txt'], { cwd: dir });
    expect(quiet.stdout).not.toContain('Warning');
    expect(quiet.stdout).toContain('Error');
    const over = cli(['--max-warnings', '1', 'hedged.txt'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('apology-lint: too many warnings (2; maximum: 1)\n');
    expect(cli(['--max-warnings', '2', '--format', 'json', 'hedged.txt'], { cwd: dir }).status).toBe(0);
  });

  it('an unknown format or a missing formatter module is exit 2', () => {
    const run = cli(['--format', './nope.js', 'poor.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot load formatter './nope.js': no such file\n");
  });
});

describe('a formatter module that never finishes, or leaves a timer running (issue 13)', () => {
  const run = (formatter: string, args: string[] = []): ReturnType<typeof cli> => {
    const here = tree({ 'poor.txt': POOR, 'f.mjs': formatter });
    // Killed after 20 s: a run that hangs fails here rather than hold the suite.
    return cli(['--no-config-lookup', '-f', './f.mjs', ...args, 'poor.txt'], { cwd: here, timeout: 20_000 });
  };

  it('a promise that never settles is exit 2 and one line naming the formatter, never a silent exit 0', () => {
    const never = run('export default () => new Promise(() => {});\n');
    expect(never.stdout).toBe('');
    expect(never.stderr).toBe("apology-lint: formatter './f.mjs' never returned its report (a promise that never settles)\n");
    expect(never.status).toBe(2);
  });

  it('the same with -o: nothing is written', () => {
    const here = tree({ 'poor.txt': POOR, 'f.mjs': 'export default async () => { await new Promise(() => {}); };\n' });
    const never = cli(['--no-config-lookup', '-f', './f.mjs', '-o', 'report.txt', 'poor.txt'], { cwd: here, timeout: 20_000 });
    expect(never.stderr).toBe("apology-lint: formatter './f.mjs' never returned its report (a promise that never settles)\n");
    expect(never.status).toBe(2);
    expect(() => readFileSync(join(here, 'report.txt'))).toThrow(/ENOENT/);
  });

  it.each([
    ['started when the module loads', 'setInterval(() => {}, 1000);\nexport default (results) => `${results.length} result\\n`;\n'],
    ['started while formatting, by an async formatter', 'export default async (results) => { setInterval(() => {}, 1000); return `${results.length} result\\n`; };\n'],
  ])('a timer %s does not hold the exit once the report is out', (_, formatter) => {
    const live = run(formatter);
    expect(live.stdout).toBe('1 result\n');
    expect(live.stderr).toBe('');
    expect(live.status).toBe(1);
  });

  it('a formatter that returns no text, or throws, is exit 2 and one line naming it', () => {
    const nothing = run('export default () => undefined;\n');
    expect(nothing.stderr).toBe("apology-lint: formatter './f.mjs' returned undefined, not the report's text\n");
    expect(nothing.status).toBe(2);
    const throws = run('export default () => { throw new Error("no disk"); };\n');
    expect(throws.stderr).toBe("apology-lint: formatter './f.mjs' failed: no disk\n");
    expect(throws.status).toBe(2);
  });
});
