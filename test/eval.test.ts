// The shared evaluation runs the built CLI over every labelled draft of both
// corpora. The dev corpus must stay above issue 3's bar; the real corpus
// (published apologies, measured and read, never trained on) at issue 11's
// targets: micro-F1 ≥ 90, ranking ≥ 93, every rule's F1 ≥ 75.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outside } from './outside.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');

interface Evaluation {
  microF1: number;
  exact: number;
  ranking: number;
  rules: Record<string, { tp: number; fp: number; fn: number }>;
  misses: string[];
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number =>
  tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);

const corpus = outside("../shared (the shared corpora)", existsSync(resolve(shared, 'tools', 'eval.mjs')), 'CI lays it out beside the clone');

describe.skipIf(corpus.skip)(`corpus evaluation ${corpus.label}`, () => {
  it('finds ../shared beside the project, as CI lays it out', () => {
    expect(existsSync(resolve(shared, 'tools', 'eval.mjs'))).toBe(true);
  });

  const run = (name = 'dev'): Evaluation => {
    const result = spawnSync(process.execPath, [resolve(shared, 'tools', 'eval.mjs'), '--json', resolve(shared, 'corpus', name)], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Evaluation;
  };

  it('keeps micro-F1 ≥ 95, every rule’s F1 ≥ 90, exact ≥ 70 and ranking ≥ 97', () => {
    const evaluation = run();
    const weak = Object.entries(evaluation.rules)
      .map(([id, counts]) => [id, f1(counts)] as const)
      .filter(([, score]) => score < 0.9);
    expect(weak, `rules under F1 90; misses:\n${evaluation.misses.join('\n')}`).toEqual([]);
    expect(evaluation.microF1).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.exact).toBeGreaterThanOrEqual(0.7);
    expect(evaluation.ranking).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps the real corpus at micro-F1 ≥ 90, every rule’s F1 ≥ 75 and ranking ≥ 93 (first contact: 75.9 and 80.9)', () => {
    const evaluation = run('real');
    const weak = Object.entries(evaluation.rules)
      .map(([id, counts]) => [id, f1(counts)] as const)
      .filter(([, score]) => score < 0.75);
    expect(weak, `rules under F1 75; misses:\n${evaluation.misses.join('\n')}`).toEqual([]);
    expect(evaluation.microF1, `misses:\n${evaluation.misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.ranking).toBeGreaterThanOrEqual(0.93);
  });
});
