// The programmatic API as a user imports it: the package's own name, resolved through its "exports".
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, lintFiles, lintText, loadFormatter } from 'apology-lint';

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
