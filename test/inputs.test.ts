// Every input format, linted in one CLI run: findings must name the words of
// the prose, at positions inside the file as written (markup, escapes and
// placeholders included), and never anything inside code, tags or URLs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseReport, spanText, tree, type JsonResult } from './helpers.js';

const BLAME = 'Unfortunately the courier lost your parcel.';

const files: Record<string, string> = {
  'draft.md': [
    '---',
    'title: Unfortunately the courier lost your parcel.',
    '---',
    '# Your parcel',
    '',
    'Hi {{ name }},',
    '',
    '```',
    'It seems there may have been an issue.',
    '```',
    '',
    'Check `it seems there may have been` and <span class="x">the</span> link <https://example.com/it-seems>.',
    '',
    `**${BLAME}** Sorry for any inconvenience.`,
    '',
  ].join('\n'),
  'draft.html': [
    '<!doctype html>',
    '<html><head><title>It seems there may have been an issue</title><style>p { color: red }</style></head>',
    '<body><script>var x = "It seems there may have been an issue";</script>',
    `<p>Hi {{ name }},</p><p>We&rsquo;re writing about your order. <b>${BLAME}</b> Sorry for any inconvenience.</p>`,
    '</body></html>',
    '',
  ].join('\n'),
  'macro.liquid': [
    '{% comment %}It seems there may have been an issue.{% endcomment %}',
    'Hi {{ ticket.requester.first_name | default: "there" }},',
    '{% if ticket.status == "open" %}',
    `${BLAME} Sorry for any inconvenience.`,
    '{% endif %}',
    '',
  ].join('\n'),
  'macro.hbs': `{{!-- It seems there may have been an issue. --}}\nHi {{name}},\n\n{{#if late}}${BLAME}{{/if}} Sorry for any inconvenience.\n`,
  'macro.mustache': `{{! It seems there may have been an issue. }}\nHi {{name}},\n\n${BLAME} Sorry for any inconvenience.\n`,
  'macro.j2': `{# It seems there may have been an issue. #}\nHi {{ name }},\n\n{% if late %}${BLAME}{% endif %} Sorry for any inconvenience.\n`,
  'macro.njk': `{# It seems there may have been an issue. #}\nHi {{ name }},\n\n${BLAME} Sorry for any inconvenience.\n`,
  // A Zendesk export: escapes (\n, \u2019, \") shift every offset after them.
  'zendesk.json': `${JSON.stringify(
    {
      macros: [
        {
          title: 'Late parcel',
          actions: [
            { field: 'status', value: 'solved' },
            { field: 'comment_value', value: `Hi {{ticket.requester.first_name}},\n\nWe\u2019re "so" sorry. ${BLAME}\nSorry for any inconvenience.` },
          ],
        },
        {
          title: 'Refund (HTML)',
          actions: [{ field: 'comment_value_html', value: `<p>Hi,</p><p>It&rsquo;s on its way.&nbsp;${BLAME}</p>` }],
        },
        { title: 'Only sets a tag', actions: [{ field: 'set_tags', value: 'late' }] },
      ],
    },
    null,
    2,
  ).replace(/\u2019/g, '\\u2019')}\n`,
  // Generic YAML with a fields path set in the config.
  'canned/responses.yaml': [
    '# Canned responses, owned by the support team',
    'responses:',
    '  - title: Lost parcel',
    '    body: |',
    '      Hi {{ name }},',
    '',
    `      ${BLAME}`,
    '      Sorry for any inconvenience.',
    '  - title: Folded',
    '    body: >-',
    '      Hi there.',
    `      ${BLAME}`,
    '  - title: Quoted',
    `    body: "Hi there.\\n${BLAME}"`,
    '',
  ].join('\n'),
  'canned/.apologylintrc.json': JSON.stringify({ fields: { text: 'responses[].body', title: 'title' } }),
};

describe('input formats', () => {
  const dir = tree(files);
  const order = ['draft.md', 'draft.html', 'macro.liquid', 'macro.hbs', 'macro.mustache', 'macro.j2', 'macro.njk', 'zendesk.json', 'canned/responses.yaml'];
  const run = cli(['--format', 'json', ...order], { cwd: dir });
  const report = parseReport(run);
  const source = (result: JsonResult): string => readFileSync(result.filePath, 'utf8');

  it('gives one result per file, and one per macro in a JSON/YAML export, under its title', () => {
    expect(run.stderr).toBe('');
    expect(report.map((r) => [r.filePath.slice(dir.length + 1), r.draft])).toEqual([
      ...order.slice(0, 7).map((f) => [f, undefined]),
      ['zendesk.json', 'Late parcel'],
      ['zendesk.json', 'Refund (HTML)'],
      ['canned/responses.yaml', 'Lost parcel'],
      ['canned/responses.yaml', 'Folded'],
      ['canned/responses.yaml', 'Quoted'],
    ]);
  });

  it('points each blame finding at its words in the original file', () => {
    for (const result of report) {
      const blame = result.messages.find((m) => m.ruleId === 'blame-shifting');
      expect(blame, `${result.filePath} ${result.draft ?? ''}`).toBeDefined();
      expect(spanText(source(result), blame!)).toMatch(/^Unfortunately the courier lost your parcel\.?$/);
    }
  });

  it('points the non-apology at its words too, through escapes and block scalars', () => {
    const withNonApology = report.filter((r) => r.messages.some((m) => m.ruleId === 'non-apology'));
    expect(withNonApology.length).toBeGreaterThanOrEqual(9);
    for (const result of withNonApology) {
      const message = result.messages.find((m) => m.ruleId === 'non-apology')!;
      expect(spanText(source(result), message)).toBe('Sorry for any inconvenience');
    }
  });

  it('never reads code, front matter, comments, scripts, titles, URLs or template tags as prose', () => {
    for (const result of report) expect(result.messages.map((m) => m.ruleId)).not.toContain('hedging');
  });

  it('puts a missing part at the first character of the macro inside the JSON file', () => {
    const [late] = report.filter((r) => r.draft === 'Late parcel');
    const missing = late?.messages.find((m) => m.ruleId === 'missing-remedy');
    expect(missing).toBeDefined();
    const text = source(late!);
    expect(text.slice(0, 0) + spanText(text, { line: missing!.line, column: missing!.column, endLine: missing!.line, endColumn: missing!.column + 3 })).toBe('Hi ');
  });

  it('lints every known extension in a folder, skipping JSON that is not a macro export', () => {
    const folder = tree({ ...files, 'package.json': '{"name": "x"}', 'data/settings.json': '{"theme": "dark"}', 'notes.csv': 'a,b' });
    const all = parseReport(cli(['--format', 'json', '.'], { cwd: folder }));
    const names = [...new Set(all.map((r) => r.filePath.slice(folder.length + 1)))];
    expect(names.sort()).toEqual([...order].sort());
  });

  it('refuses a named JSON file that holds no drafts, with exit 2', () => {
    const folder = tree({ 'settings.json': '{"theme": "dark"}', 'broken.json': '{"macros": [' });
    const run = cli(['settings.json'], { cwd: folder });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/'settings\.json' is not a Zendesk macro export; say where its drafts are with the "fields" config key/);
    const broken = cli(['broken.json'], { cwd: folder });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/cannot parse 'broken\.json' as JSON/);
  });

  it('reads standard input in the format --stdin-filename names', () => {
    const md = files['draft.md'] as string;
    const [result] = parseReport(cli(['--format', 'json', '--stdin-filename', join('drafts', 'reply.md'), '-'], { cwd: dir, input: md }));
    expect(result?.filePath).toBe(join(dir, 'drafts', 'reply.md'));
    expect(result?.messages.map((m) => m.ruleId)).not.toContain('hedging');
    expect(spanText(md, result!.messages.find((m) => m.ruleId === 'blame-shifting')!)).toMatch(/^Unfortunately the courier lost your parcel\.?$/);
  });
});
