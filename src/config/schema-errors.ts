// ajv's errors for a config → the one line the project has always printed:
// the key as a user writes it (`overrides[0].rules.hedging`) and the problem
// in words (`severity must be "off", "warn" or "error" (or 0, 1, 2), got "loud"`).
// ajv reports every failing branch of a `oneOf`; the branch whose type fits
// the value is the one the user meant, and otherwise the oneOf is described
// as a whole.

/** What ajv reports (with `verbose`), as far as messages need it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  data?: unknown;
  parentSchema?: { properties?: Record<string, unknown> };
}

export interface Problem {
  /** `rules.hedging`, or '' for the file as a whole. */
  key: string;
  message: string;
}

/** What a value at this place in the schema should be, where "a string" is not enough. */
const EXPECTED: Record<string, string> = {
  '#/definitions/minScore': 'a number from 0 to 100',
  '#/properties/root': 'true or false',
  '#/properties/extends/oneOf': 'a string or a list of strings',
  '#/properties/plugins/oneOf': 'a list of paths or package names, or an object from namespace to path or package',
  '#/properties/plugins/oneOf/0/items': 'a path or package name',
  '#/properties/plugins/oneOf/1/additionalProperties': 'a path or package name',
  '#/definitions/globs/oneOf': 'a string or a non-empty list of strings',
  '#/definitions/fields/properties/text': 'a path such as "responses[].body"',
  '#/definitions/fields/properties/title': 'a key name',
};

const NEEDS: Record<string, string> = {
  files: '"files", the globs it applies to',
  text: '"text", the path to the drafts (such as "responses[].body")',
};

const SEVERITY = 'severity must be "off", "warn" or "error" (or 0, 1, 2)';

/** The first problem, in the file's order; undefined when all that failed were rule ids (checked later). */
export function describeSchemaError(errors: readonly SchemaError[], data: unknown): Problem | undefined {
  // An unknown rule id: left to the check that knows the plugins' rules and suggests a near one.
  const relevant = errors.filter((e) => !e.schemaPath.includes('/propertyNames'));
  const first = relevant[0];
  if (!first) return undefined;
  const setting = /^(?:\/overrides\/\d+)?\/rules\/[^/]+/.exec(first.instancePath);
  if (setting) return ruleSetting(setting[0], data);
  const branch = first.schemaPath.indexOf('/oneOf/');
  if (branch >= 0) {
    const whole = relevant.find((e) => e.keyword === 'oneOf' && e.schemaPath === first.schemaPath.slice(0, branch + 6)) ?? first;
    // A branch error deeper than the oneOf: the value had the branch's type (a list), so its item is what is wrong.
    const deeper = relevant.find((e) => e.schemaPath.startsWith(whole.schemaPath) && e.instancePath.length > whole.instancePath.length);
    if (deeper && deeper !== whole) return describeOne(deeper, data);
    return { key: keyOf(whole.instancePath), message: `expected ${EXPECTED[whole.schemaPath] ?? 'something else'}, got ${describe(valueAt(data, whole.instancePath))}` };
  }
  return describeOne(first, data);
}

function describeOne(error: SchemaError, data: unknown): Problem {
  const key = keyOf(error.instancePath);
  const place = error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'));
  const got = `, got ${describe(valueAt(data, error.instancePath))}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      return { key: '', message: `unknown key '${key ? `${key}.` : ''}${name}'${suggest(name, allowed)}` };
    }
    case 'required': {
      const name = String(error.params.missingProperty);
      return { key, message: `needs ${NEEDS[name] ?? `"${name}"`}` };
    }
    case 'enum':
      return { key, message: `expected ${alternatives((error.params.allowedValues as unknown[]) ?? [])}${got}` };
    case 'type':
      return { key, message: `expected ${EXPECTED[place] ?? article(String(error.params.type))}${got}` };
    default:
      return { key, message: `expected ${EXPECTED[place] ?? `a value that passes "${error.keyword}"`}${got}` };
  }
}

/** `rules.x` (or `overrides[0].rules.x`): a severity, [severity] or [severity, options]. */
function ruleSetting(path: string, data: unknown): Problem {
  const setting = valueAt(data, path);
  const key = keyOf(path);
  const severity = Array.isArray(setting) ? setting[0] : setting;
  const known = (typeof severity === 'string' && ['off', 'warn', 'error'].includes(severity)) || (typeof severity === 'number' && [0, 1, 2].includes(severity));
  if (!known) return { key, message: `${SEVERITY}, got ${describe(severity)}` };
  if (Array.isArray(setting) && setting.length > 2) return { key, message: 'expected [severity] or [severity, options]' };
  return { key: `${key}[1]`, message: `expected an object, got ${describe(Array.isArray(setting) ? setting[1] : setting)}` };
}

/** `/overrides/0/rules/hedging` → `overrides[0].rules.hedging`. */
function keyOf(pointer: string): string {
  let key = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    key += /^\d+$/.test(part) ? `[${part}]` : key ? `.${part}` : part;
  }
  return key;
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

function article(type: string): string {
  return ({ object: 'an object', array: 'a list', integer: 'an integer', boolean: 'true or false' } as Record<string, string>)[type] ?? `a ${type}`;
}

/** ["text", "markdown", "html"] → `"text", "markdown" or "html"`. */
function alternatives(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : (shown[0] ?? 'nothing');
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** " (did you mean 'rules'?)" for a near miss. */
export function suggest(word: string, choices: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [choice, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}
