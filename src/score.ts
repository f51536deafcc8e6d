// The score: parts present earn credit, anti-patterns cost points, and a few
// caps keep the order a support lead would give (a denial is never fair).
// Every weight is in its rule's meta (rules/*.ts: `weight`, and `part`,
// `poor`, `slip`, `weightBeside`): the scorer knows no rule by name, and a
// plugin's rule weighs what its meta says.
//
// Weights follow ../shared/spec/research.md: responsibility and repair weigh
// most (Lewicki et al. 2016), no part is worth more than about twice another
// (Scher & Darley 1997), and denial and unowned blame weigh heaviest.
import type { LintResult, Parts, RuleMeta } from './types.js';

/** More parts beat fewer: a small bonus when all five are there. */
export const COMPLETE_BONUS = 4;

/** What a pattern rule's finding costs when its meta declares no weight (a plugin's rule, say). */
export const OTHER_PENALTY = 5;

/**
 * The bands of the three tiers in rules.md. A draft's tier decides its band;
 * its points (parts earned less anti-patterns) decide where in the band it sits.
 *   good: regret, ownership and remedy, and nothing worse than one slip;
 *   poor: denies, blames, has at most one of the three main parts, or
 *         offers an excuse where one of them is missing;
 *   fair: everything between.
 */
export const BANDS = { poor: [0, 39], fair: [40, 69], good: [70, 100] } as const;

export const GRADES: Array<[number, string]> = [
  [85, 'A'],
  [70, 'B'],
  [55, 'C'],
  [40, 'D'],
  [0, 'F'],
];

const PARTS: ReadonlyArray<keyof Parts> = ['apology', 'ownership', 'remedy', 'prevention', 'empathy'];

export type Tier = keyof typeof BANDS;

export interface Score {
  score: number;
  grade: string;
  tier: Tier;
  parts: Parts;
}

export function gradeFor(score: number): string {
  return GRADES.find(([min]) => score >= min)?.[1] ?? 'F';
}

/** Did the draft score under the configured minimum? (It then fails the run, and the formatters say so.) */
export function belowMinScore(result: Pick<LintResult, 'score' | 'minScore'>): boolean {
  return result.minScore !== undefined && result.score < result.minScore;
}

/** A finite, non-negative weight, or the fallback (a plugin may declare anything). */
const weightOr = (weight: unknown, fallback: number): number =>
  typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 ? weight : fallback;

/** Each part's credit: the weight of the first rule that reports it missing. */
function partCredits(metas: readonly RuleMeta[]): Record<keyof Parts, number> {
  const credit = { apology: 0, ownership: 0, remedy: 0, prevention: 0, empathy: 0 };
  for (const part of PARTS) {
    const meta = metas.find((m) => m.part === part);
    credit[part] = weightOr(meta?.weight, 0);
  }
  return credit;
}

/** A part is there unless a rule that reports it missing fired (a rule turned off does not run). */
function partsPresent(fired: ReadonlyMap<string, number>, metas: readonly RuleMeta[]): Parts {
  const parts: Parts = { apology: true, ownership: true, remedy: true, prevention: true, empathy: true };
  for (const meta of metas) if (meta.part !== undefined && fired.has(meta.id)) parts[meta.part] = false;
  return parts;
}

/** What one finding of a pattern rule costs, given the parts present. */
function penaltyOf(meta: RuleMeta | undefined, parts: Parts): number {
  const beside = meta?.weightBeside;
  if (beside !== undefined && parts[beside.part]) return weightOr(beside.weight, OTHER_PENALTY);
  return weightOr(meta?.weight, OTHER_PENALTY);
}

export function tierOf(fired: ReadonlyMap<string, number>, parts: Parts, metas: ReadonlyMap<string, RuleMeta>): Tier {
  const core = [parts.apology, parts.ownership, parts.remedy].filter(Boolean).length;
  let slips = 0;
  let worse = 0;
  for (const [ruleId, count] of fired) {
    const meta = metas.get(ruleId);
    if (meta?.part !== undefined) continue;
    if (meta?.poor === true) return 'poor';
    // rules.md's poor "deflects": an excuse where a main part is missing is a defence, not an apology that helps.
    if (meta?.deflects === true && core < 3) return 'poor';
    if (meta?.slip === true) slips += count;
    else worse += count;
  }
  if (core <= 1) return 'poor';
  return core === 3 && worse === 0 && slips <= 1 ? 'good' : 'fair';
}

/**
 * @param fired how many findings each rule reported on the document
 * @param rules the metas of every rule that could report (run or turned off): their weights
 */
export function scoreFindings(fired: ReadonlyMap<string, number>, rules: readonly RuleMeta[]): Score {
  const metas = new Map(rules.map((meta) => [meta.id, meta]));
  const parts = partsPresent(fired, rules);
  const credit = partCredits(rules);

  let score = 0;
  for (const part of PARTS) if (parts[part]) score += credit[part];
  if (PARTS.every((part) => parts[part])) score += COMPLETE_BONUS;

  for (const [ruleId, count] of fired) {
    const meta = metas.get(ruleId);
    if (meta?.part !== undefined) continue;
    // A pattern repeated costs more, but never more than twice its first hit.
    score -= penaltyOf(meta, parts) * Math.min(count, 2);
  }

  // Points place the draft inside its tier's band, so order within a tier still shows.
  const tier = tierOf(fired, parts, metas);
  const [low, high] = BANDS[tier];
  const maxPoints = PARTS.reduce((sum, part) => sum + credit[part], 0) + COMPLETE_BONUS;
  const share = Math.min(1, Math.max(0, score / maxPoints));
  score = Math.round(low + share * (high - low));
  return { score, grade: gradeFor(score), tier, parts };
}
