// The pipeline as the folder tree shows it: inputs → analysis → rules →
// score → formatters, with the runner and the CLI above them. A module may
// import from its own stage or an earlier one, never a later one; a rule
// never imports another rule (what two rules share lives in rules/lib); no
// import circle; no function over 80 lines. Read from the sources, so a new
// file is checked the day it is added.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

const FILES = [...sources('src'), ...sources('rules')];

/**
 * What every stage may use: the shared types, user errors, positions, how a
 * path or a control character is shown, and how a user's module is imported.
 */
const FOUNDATION = ['src/types.ts', 'src/errors.ts', 'src/positions.ts', 'src/display.ts', 'src/import-module.ts'];
const STAGES: Array<[name: string, matches: (file: string) => boolean]> = [
  ['inputs', (f) => f.startsWith('src/inputs/')],
  ['analysis', (f) => f.startsWith('src/analysis/')],
  ['rules', (f) => f.startsWith('rules/')],
  ['score', (f) => f === 'src/score.ts'],
  ['formatters', (f) => f.startsWith('src/formatters/')],
];
function stageOf(file: string): number {
  if (FOUNDATION.includes(file)) return -1;
  const found = STAGES.findIndex(([, matches]) => matches(file));
  // Everything else in src/ is the runner or the CLI, above every stage.
  return found >= 0 ? found : STAGES.length;
}
const stageName = (i: number): string => (i < 0 ? 'foundation' : (STAGES[i]?.[0] ?? 'runner/CLI'));

const parsed = new Map(FILES.map((file) => [file, ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true)]));

/** The project files a module imports (import, export … from, import()), type-only imports included. */
function importsOf(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let spec: string | undefined;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) spec = node.moduleSpecifier.text;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) spec = node.arguments[0].text;
    if (spec?.startsWith('.')) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
      if (parsed.has(target)) found.push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed.get(file) as ts.SourceFile);
  return found;
}
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

const isRule = (file: string): boolean => /^rules\/[^/]+\.ts$/.test(file) && file !== 'rules/index.ts';

describe('architecture', () => {
  it('reads the sources it checks', () => {
    expect(FILES).toContain('src/analysis/index.ts');
    expect(GRAPH.get('src/analysis/index.ts')?.length).toBeGreaterThan(2);
  });

  it('no module imports from a later stage', () => {
    const backwards = [...GRAPH].flatMap(([file, targets]) =>
      targets.filter((t) => stageOf(t) > stageOf(file)).map((t) => `${file} (${stageName(stageOf(file))}) imports ${t} (${stageName(stageOf(t))})`),
    );
    expect(backwards).toEqual([]);
  });

  it('no rule imports another rule, and rules/lib imports no rule', () => {
    const sideways = [...GRAPH].flatMap(([file, targets]) =>
      file.startsWith('rules/') && file !== 'rules/index.ts' ? targets.filter(isRule).map((t) => `${file} imports ${t}`) : [],
    );
    expect(sideways).toEqual([]);
  });

  it('no import circle', () => {
    // Tarjan's strongly connected components: any with two or more files is a circle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const circles: string[][] = [];
    let counter = 0;
    const connect = (file: string): void => {
      index.set(file, counter);
      low.set(file, counter++);
      stack.push(file);
      for (const target of GRAPH.get(file) ?? []) {
        if (!index.has(target)) {
          connect(target);
          low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
        } else if (stack.includes(target)) low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do component.push((member = stack.pop() as string));
        while (member !== file);
        if (component.length > 1 || (GRAPH.get(file) ?? []).includes(file)) circles.push(component.sort());
      }
    };
    for (const file of FILES) if (!index.has(file)) connect(file);
    expect(circles).toEqual([]);
  });

  it('no function over 80 lines in src/ or rules/', () => {
    const long: string[] = [];
    for (const [file, source] of parsed) {
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const to = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (to - from + 1 > 80) long.push(`${file}:${from + 1} (${to - from + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
