// apology-lint-disable comments in each format's own comment syntax, what
// they silence (and that silenced findings cost no score), --no-inline-config
// and --report-unused-disable-directives.
import { describe, expect, it } from 'vitest';
import { HEDGED, cli, parseReport, tree } from './helpers.js';

const BLAME = 'Unfortunately the courier lost your parcel.';
const body = HEDGED.trimEnd().split('\n\n')[1] as string;
const hedged = `Hi Sam,\n\n${body}`;

const files: Record<string, string> = {
  'next-line.md': `Hi Sam,\n\n<!-- apology-lint-disable-next-line hedging -- the label printer is still being checked -->\n${body}\n`,
  'same-line.html': `<p>Hi Sam,</p>\n<p>${body} <!-- apology-lint-disable-line hedging --></p>\n`,
  'block.liquid': `{% comment %} apology-lint-disable hedging {% endcomment %}\n${hedged}\n{% comment %} apology-lint-enable hedging {% endcomment %}\n`,
  'block.hbs': `{{!-- apology-lint-disable hedging, blame-shifting --}}\n${hedged}\n`,
  'block.j2': `{# apology-lint-disable #}\n${hedged}\n`,
  'comments.yaml': `fields: x\n`,
  'canned.yaml': [
    'responses:',
    '  - title: Hedged',
    '    # apology-lint-disable-next-line hedging',
    `    body: "${hedged.replace(/\n/g, '\\n')}"`,
    '  - title: Still hedged',
    `    body: "${hedged.replace(/\n/g, '\\n')}"`,
    '',
  ].join('\n'),
  '.apologylintrc.json': JSON.stringify({ overrides: [{ files: 'canned.yaml', fields: { text: 'responses[].body', title: 'title' } }] }),
  // Re-enabled after the first paragraph: the second hedge still counts.
  'reenabled.md': `<!-- apology-lint-disable hedging -->\nIt seems there may have been an issue.\n<!-- apology-lint-enable hedging -->\n\n${hedged}\n`,
  // A missing part is about the whole draft: a disable anywhere in it silences it.
  'part.txt': `${BLAME}\n<!-- apology-lint-disable missing-apology, missing-ownership -- a notice, not an apology -->\n`,
  'unused.md': `Hi Sam,\n\n<!-- apology-lint-disable-next-line denial -->\n${body}\n`,
  'plain.md': `${hedged}\n`,
};

describe('inline directives', () => {
  const dir = tree(files);
  const names = ['next-line.md', 'same-line.html', 'block.liquid', 'block.hbs', 'block.j2', 'canned.yaml', 'reenabled.md', 'part.txt', 'unused.md', 'plain.md'];
  const run = cli(['--format', 'json', ...names], { cwd: dir });
  const report = parseReport(run);
  const byName = (name: string, draft?: string) =>
    report.find((r) => r.filePath.endsWith(`/${name}`) && (draft === undefined || r.draft === draft));
  const rules = (name: string, draft?: string) => byName(name, draft)?.messages.map((m) => m.ruleId) ?? [];

  it('silence findings in Markdown, HTML, Liquid, Handlebars and Jinja comments', () => {
    for (const name of ['next-line.md', 'same-line.html', 'block.liquid', 'block.hbs', 'block.j2']) expect(rules(name), name).not.toContain('hedging');
    expect(rules('plain.md')).toContain('hedging');
  });

  it('a silenced finding costs no score', () => {
    expect(byName('next-line.md')?.score).toBeGreaterThan(byName('plain.md')?.score ?? 100);
    expect(byName('next-line.md')?.messages).toEqual([]);
  });

  it('silence in YAML with # comments, for the draft that follows only', () => {
    expect(rules('canned.yaml', 'Hedged')).not.toContain('hedging');
    expect(rules('canned.yaml', 'Still hedged')).toContain('hedging');
  });

  it('enable turns a rule back on', () => {
    const hedges = byName('reenabled.md')?.messages.filter((m) => m.ruleId === 'hedging') ?? [];
    expect(hedges.length).toBeGreaterThan(0);
    expect(hedges.every((m) => m.line >= 5)).toBe(true);
  });

  it('a disable inside the draft silences a missing part', () => {
    expect(rules('part.txt')).not.toContain('missing-apology');
    expect(rules('part.txt')).not.toContain('missing-ownership');
    expect(rules('part.txt')).toContain('missing-remedy');
  });

  it('--report-unused-disable-directives reports a directive that silenced nothing, as an error at the comment', () => {
    const unused = parseReport(cli(['--format', 'json', '--report-unused-disable-directives', 'unused.md', 'next-line.md'], { cwd: dir }));
    expect(unused[0]?.messages.find((m) => m.ruleId === 'unused-disable-directive')).toMatchObject({
      severity: 2,
      line: 3,
      column: 1,
      message: expect.stringMatching(/no problems were reported from 'denial'/),
    });
    expect(unused[1]?.messages).toEqual([]);
  });

  it('--no-inline-config ignores every directive', () => {
    const ignored = parseReport(cli(['--format', 'json', '--no-inline-config', 'next-line.md', 'block.hbs'], { cwd: dir }));
    for (const result of ignored) expect(result.messages.map((m) => m.ruleId)).toContain('hedging');
  });
});
