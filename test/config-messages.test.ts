// What a user reads for a bad config: the JSON Schema the project ships
// checks it (src/config/validate.ts), and each of ajv's errors becomes one
// line naming the key as written and what was expected instead. One row per
// kind of mistake; the CLI prints these after "apology-lint: " and exits 2
// (test/config.test.ts).
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../src/config/validate.js';
import { cli, parseReport, tree } from './helpers.js';

const message = (config: unknown): string => {
  try {
    validateConfig(config, '.apologylintrc.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('config errors, from the schema', () => {
  const rows: Array<[unknown, string]> = [
    [{ rulez: {} }, "unknown key 'rulez' (did you mean 'rules'?)"],
    [{ overrides: [{ files: 'a', rulez: {} }] }, "unknown key 'overrides[0].rulez' (did you mean 'rules'?)"],
    [{ lexicon: { thirdparties: [] } }, "unknown key 'lexicon.thirdparties' (did you mean 'thirdParties'?)"],
    [{ rules: { hedging: 'loud' } }, 'rules.hedging: severity must be "off", "warn" or "error" (or 0, 1, 2), got "loud"'],
    [{ rules: { hedging: 3 } }, 'rules.hedging: severity must be "off", "warn" or "error" (or 0, 1, 2), got 3'],
    [{ overrides: [{ files: '*.md', rules: { 'acme/x': ['loud'] } }] }, 'overrides[0].rules.acme/x: severity must be "off", "warn" or "error" (or 0, 1, 2), got "loud"'],
    [{ rules: { hedging: ['warn', {}, 'extra'] } }, 'rules.hedging: expected [severity] or [severity, options]'],
    [{ rules: { hedging: ['warn', 'strict'] } }, 'rules.hedging[1]: expected an object, got "strict"'],
    [{ rules: 'all' }, 'rules: expected an object, got "all"'],
    [{ minScore: 120 }, 'minScore: expected a number from 0 to 100, got 120'],
    [{ overrides: [{ files: 'a', minScore: '70' }] }, 'overrides[0].minScore: expected a number from 0 to 100, got "70"'],
    [{ root: 'yes' }, 'root: expected true or false, got "yes"'],
    [{ extends: 5 }, 'extends: expected a string or a list of strings, got 5'],
    [{ extends: ['./base.json', 5] }, 'extends[1]: expected a string, got 5'],
    [{ plugins: 'acme' }, 'plugins: expected a list of paths or package names, or an object from namespace to path or package, got "acme"'],
    [{ plugins: ['./acme.js', 5] }, 'plugins[1]: expected a path or package name, got 5'],
    [{ plugins: { acme: true } }, 'plugins.acme: expected a path or package name, got true'],
    [{ placeholders: '{{name}}' }, 'placeholders: expected a list, got "{{name}}"'],
    [{ ignorePatterns: ['archive/', null] }, 'ignorePatterns[1]: expected a string, got null'],
    [{ lexicon: { things: ['parcel', 7] } }, 'lexicon.things[1]: expected a string, got 7'],
    [{ fields: { title: 'name' } }, 'fields: needs "text", the path to the drafts (such as "responses[].body")'],
    [{ fields: { text: '' } }, 'fields.text: expected a path such as "responses[].body", got ""'],
    [{ fields: { text: 'body', title: 3 } }, 'fields.title: expected a key name, got 3'],
    [{ fields: { text: 'body', format: 'pdf' } }, 'fields.format: expected "text", "markdown" or "html", got "pdf"'],
    [{ overrides: {} }, 'overrides: expected a list, got an object'],
    [{ overrides: [{ rules: {} }] }, 'overrides[0]: needs "files", the globs it applies to'],
    [{ overrides: [{ files: [] }] }, 'overrides[0].files: expected a string or a non-empty list of strings, got a list'],
    [{ overrides: [{ files: ['*.md', 3] }] }, 'overrides[0].files[1]: expected a string, got 3'],
    [[], 'expected an object, got a list'],
    [null, 'expected an object, got null'],
  ];
  it.each(rows)('%j', (config, problem) => {
    expect(message(config)).toBe(`invalid config '.apologylintrc.json': ${problem}`);
  });

  it('reports the first problem in the file\'s order, and an unknown rule id only once the rest is valid', () => {
    expect(message({ rules: { hedgin: 'warn' }, minScore: 500 })).toBe("invalid config '.apologylintrc.json': minScore: expected a number from 0 to 100, got 500");
    // Rule ids are checked once plugins are loaded, with a suggestion (test/config.test.ts).
    expect(message({ rules: { hedgin: 'warn' } })).toBe('accepted');
  });

  it('accepts severities by name or number, with options, and a plugin given as an object (in a JavaScript config)', () => {
    expect(validateConfig({ rules: { hedging: 2, excuse: ['warn'], denial: [1, { strict: true }] }, plugins: [{ rules: {} }] }, 'x')).toEqual({
      rules: { hedging: 'error', excuse: ['warn'], denial: ['warn', { strict: true }] },
      plugins: [{ from: { rules: {} } }],
    });
  });

  it('a JavaScript config giving a plugin as an object runs its rules', () => {
    const plugin = "{ meta: { name: 'inline' }, rules: { shout: { meta: { description: 'no shouting' }, check: (doc) => doc.text.includes('SORRY') ? [{ message: 'shouting', start: 0, end: 5 }] : [] } } }";
    const dir = tree({ 'a.txt': 'SORRY about that.\n', 'apologylint.config.mjs': `export default { plugins: [${plugin}] };\n` });
    const report = parseReport(cli(['--format', 'json', 'a.txt'], { cwd: dir }));
    expect(report[0]?.messages.map((m) => m.ruleId)).toContain('inline/shout');
  });
});
