// The documentation in step with the code: the README's rule reference is
// the rules' meta.docs, its config reference is the JSON Schema, and the
// schema, the config checker and the README's example agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { CONFIG_KEYS, validateConfig } from '../src/config/validate.js';
// @ts-expect-error: a plain script, without type declarations
import { updateReadme } from '../scripts/docs.mjs';
// @ts-expect-error: a plain script, without type declarations
import { validatorPath, validatorSource } from '../scripts/build-schema.mjs';
import { root } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'apologylintrc.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  definitions: { rules: { propertyNames: { anyOf: Array<{ enum?: string[] }> } } };
};
const validateSchema = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('README', () => {
  it('has the rule and config references that `npm run docs` generates', () => {
    const regenerated = (updateReadme as (text: string, rules: unknown, schema: unknown) => string)(readme, builtinRules, schema);
    expect(readme, 'README.md is out of step with the rules or the schema: run npm run build && npm run docs').toBe(regenerated);
  });

  it('documents every rule, with its bad and good examples', () => {
    for (const rule of builtinRules) {
      expect(readme).toContain(`#### \`${rule.meta.id}\``);
      expect(readme).toContain(`- ✘ ${rule.meta.docs.bad}`);
      expect(readme).toContain(`- ✔ ${rule.meta.docs.good}`);
    }
  });

  it('has a section for each place the linter runs', () => {
    for (const heading of ['### In a terminal', '### GitHub Actions', '### GitLab CI', '## pre-commit', '## husky + lint-staged', '### Config reference', '## Plugins', '## Programmatic use']) {
      expect(readme).toContain(`\n${heading}\n`);
    }
  });
});

describe('the config schema', () => {
  it('is what configs are checked with: the compiled validator is in step with it', () => {
    const compiled = readFileSync(validatorPath as string, 'utf8');
    expect(compiled === (validatorSource as (s: unknown) => string)(schema), 'src/config/schema-check.generated.ts is out of step with the schema: run npm run schema').toBe(true);
  });

  it('has the keys the config checker accepts, and lists every built-in rule', () => {
    expect(Object.keys(schema.properties).filter((key) => key !== '$schema')).toEqual([...CONFIG_KEYS]);
    const ids = schema.definitions.rules.propertyNames.anyOf[0]?.enum;
    expect(ids).toEqual(builtinRules.map((rule) => rule.meta.id));
  });

  it('accepts the README\'s example config, as the checker does', () => {
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)?.[1] ?? 'null') as unknown;
    expect(validateSchema(example), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(() => validateConfig(example, 'README')).not.toThrow();
  });

  it('rejects what the checker rejects', () => {
    const bad: unknown[] = [
      { rulez: {} },
      { rules: { hedging: 'loud' } },
      { rules: { hedging: ['warn', {}, 'extra'] } },
      { minScore: 120 },
      { lexicon: { couriers: [] } },
      { overrides: [{ rules: {} }] },
      { fields: { title: 'x' } },
      { plugins: 'acme' },
    ];
    for (const config of bad) {
      expect(validateSchema(config), JSON.stringify(config)).toBe(false);
      expect(() => validateConfig(config, 'test'), JSON.stringify(config)).toThrow(/invalid config 'test'/);
    }
  });
});
