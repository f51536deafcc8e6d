// The programmatic API as a user imports it: the package's own name, resolved through its "exports".
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, lintFiles, lintSource, lintText, loadFormatter, type Rule } from 'apology-lint';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string): string => join(root, 'fixtures', name);

describe('lintFiles', () => {
  it('lints files and globs in input order, relative to cwd', async () => {
    const results = await lintFiles(['fixtures/good-clinic.txt', 'fixtures/poor-*.txt'], { cwd: root });
    expect(results.map((result) => result.filePath)).toEqual(
      ['good-clinic.txt', 'poor-billing.txt', 'poor-florist.txt', 'poor-parcel.txt'].map(fixture),
    );
    expect(results[0]?.source).toContain('Dear Mr. Okoye');
  });

  it('rejects a pattern that matches nothing with a UserError', async () => {
    await expect(lintFiles('fixtures/nothing-*.txt', { cwd: root })).rejects.toBeInstanceOf(UserError);
  });
});

describe('loadFormatter', () => {
  it('gives the json formatter, which prints the report without the source text', async () => {
    const format = await loadFormatter('json');
    const report = JSON.parse(format([lintText("I'm sorry.", { filePath: '/drafts/a.txt' })])) as Array<Record<string, unknown>>;
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ filePath: '/drafts/a.txt' });
    expect(report[0]).not.toHaveProperty('source');
  });

  it('rejects an unknown format name', async () => {
    await expect(loadFormatter('xml')).rejects.toThrow(/unknown format 'xml'/);
  });
});

describe('formats, configs and plugins through the API', () => {
  it('lintText reads the format from filePath: Markdown code is not prose', () => {
    const text = "I'm sorry we lost it.\n\n```\nIt seems there may have been an issue.\n```\n";
    expect(lintText(text, { filePath: 'a.md' }).messages.map((m) => m.ruleId)).not.toContain('hedging');
    expect(lintText(text, { filePath: 'a.txt' }).messages.map((m) => m.ruleId)).toContain('hedging');
  });

  it('lintSource gives one result per macro of a Zendesk export; lintText refuses it', () => {
    const json = JSON.stringify([
      { title: 'One', actions: [{ field: 'comment_value', value: 'Sorry for any inconvenience.' }] },
      { title: 'Two', actions: [{ field: 'comment_value_html', value: '<p>I&rsquo;m sorry we lost it.</p>' }] },
    ]);
    expect(lintSource(json, { filePath: 'm.json' }).map((r) => r.draft)).toEqual(['One', 'Two']);
    expect(() => lintText(json, { filePath: 'm.json' })).toThrow(UserError);
  });

  it('lintFiles takes rule settings and a minimum score over any config, and plugin rules run as extraRules', async () => {
    const [result] = await lintFiles('fixtures/poor-florist.txt', { cwd: root, rules: { 'blame-shifting': 'off' }, minScore: 50 });
    expect(result?.messages.map((m) => m.ruleId)).not.toContain('blame-shifting');
    expect(result?.minScore).toBe(50);
    const plugin = (await import('../fixtures/plugins/apology-lint-plugin-acme/index.js')) as { default: { rules: Record<string, Rule> } };
    const rule = plugin.default.rules['no-legalese'] as Rule;
    const linted = lintText('Pursuant to our terms, we hereby refund it.', { extraRules: [{ ...rule, meta: { ...rule.meta, id: 'acme/no-legalese' } }] });
    expect(linted.messages.filter((m) => m.ruleId === 'acme/no-legalese')).toHaveLength(2);
  });

  it('loadFormatter gives each built-in format, and a module by path', async () => {
    const results = [lintText('Sorry for any inconvenience.', { filePath: join(root, 'a.txt') })];
    const context = { cwd: root, rulesMeta: {} };
    expect((await loadFormatter('compact'))(results, context)).toMatch(/^a\.txt: line 1, col 1, Error - /);
    expect((await loadFormatter('junit'))(results, context)).toContain('<testcase classname="apology-lint" name="a.txt"');
    await expect(loadFormatter('./no-such-formatter.js', { cwd: root })).rejects.toThrow(/cannot load formatter/);
  });
});
