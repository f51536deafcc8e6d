// The CLI's commands other than linting: --print-config, --list-rules,
// --explain and --init. Each prints to stdout and returns the exit code.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { suggest } from '../config/validate.js';
import type { Runner } from '../runner.js';
import { UserError } from '../errors.js';
import { displayPath } from '../display.js';
import type { RuleMeta } from '../types.js';

/** The config a draft at `path` gets: every rule with its severity, and the other settings. */
export async function printConfig(runner: Runner, path: string): Promise<number> {
  const config = await runner.configFor(path);
  const meta = await runner.rulesMeta();
  const rules: Record<string, unknown> = {};
  for (const rule of Object.values(meta)) rules[rule.id] = config.rules[rule.id] ?? rule.defaultSeverity;
  for (const [id, setting] of Object.entries(config.rules)) rules[id] ??= setting;
  const printed = {
    configFile: config.configFile ? displayPath(config.configFile, runner.cwd) : null,
    plugins: config.plugins,
    rules,
    minScore: config.minScore ?? null,
    placeholders: config.placeholderPatterns,
    lexicon: config.lexicon,
    fields: config.fields ?? null,
  };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

export async function listRules(runner: Runner): Promise<number> {
  const rules = Object.values(await runner.rulesMeta());
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(5)}  ${rule.kind.padEnd(7)}  ${rule.description}`);
  process.stdout.write(`${'rule'.padEnd(width)}  sev    kind     what it flags\n${lines.join('\n')}\n\nMore on one rule: apology-lint --explain RULE\n`);
  return 0;
}

export async function explainRule(runner: Runner, id: string): Promise<number> {
  const rules = await runner.rulesMeta();
  const rule: RuleMeta | undefined = rules[id];
  if (!rule) throw new UserError(`unknown rule '${id}'${suggest(id, Object.keys(rules))} (see --list-rules)`);
  process.stdout.write(
    [
      `${rule.id}  (${rule.kind === 'part' ? 'a missing part of an apology' : 'a pattern that spoils an apology'}; ${rule.defaultSeverity} by default)`,
      '',
      rule.description,
      '',
      wrap(rule.docs.description, 78),
      '',
      ...(rule.docs.bad ? [`  ✘ ${rule.docs.bad}`] : []),
      ...(rule.docs.good ? [`  ✔ ${rule.docs.good}`] : []),
      '',
      `Turn it off or down in .apologylintrc.json: { "rules": { "${rule.id}": "warn" } }`,
      `or for one line: <!-- apology-lint-disable-next-line ${rule.id} -- why -->`,
      '',
    ].join('\n'),
  );
  return 0;
}

const STARTER = {
  $schema: './node_modules/apology-lint/schema/apologylintrc.schema.json',
  extends: ['apology-lint:recommended'],
  rules: {},
  minScore: 60,
  placeholders: [],
  ignorePatterns: [],
  lexicon: { thirdParties: [], things: [], writerNames: [] },
};

/** Writes a starter .apologylintrc.json in `cwd`; never over an existing file. */
export async function initConfig(cwd: string): Promise<number> {
  const path = join(cwd, '.apologylintrc.json');
  try {
    await writeFile(path, `${JSON.stringify(STARTER, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`'.apologylintrc.json' already exists here; not overwriting it`);
    throw error;
  }
  process.stdout.write(
    'Wrote .apologylintrc.json: the recommended rules, and a draft must score 60.\n' +
      'Add your couriers and suppliers under lexicon.thirdParties, your product names under lexicon.writerNames.\n',
  );
  return 0;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
