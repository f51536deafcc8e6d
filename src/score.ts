// The score: parts present earn credit, anti-patterns cost points, and a few
// caps keep the order a support lead would give (a denial is never fair).
//
// Weights follow ../shared/spec/research.md: responsibility and repair weigh
// most (Lewicki et al. 2016), no part is worth more than about twice another
// (Scher & Darley 1997), and denial and unowned blame weigh heaviest.
import type { Parts } from './types.js';

export const PART_CREDIT: Record<keyof Parts, number> = {
  ownership: 28,
  remedy: 24,
  apology: 18,
  empathy: 16,
  prevention: 14,
};
/** More parts beat fewer: a small bonus when all five are there. */
export const COMPLETE_BONUS = 4;

export const PENALTY: Record<string, number> = {
  denial: 25,
  'blame-shifting': 20,
  'non-apology': 15,
  excuse: 10,
  'passive-evasion': 8,
  minimizing: 8,
  hedging: 5,
  'vague-prevention': 4,
  'late-apology': 4,
};
/** A non-apology beside a real apology costs less: the reader got the real one too. */
export const NON_APOLOGY_BESIDE_REAL = 8;
/** A penalty for a pattern other than the built-ins (a plugin's rule). */
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
const MAX_POINTS = Object.values(PART_CREDIT).reduce((a, b) => a + b, 0) + COMPLETE_BONUS;
/** Anti-patterns that are a slip when they occur once in an otherwise complete apology. */
export const SLIPS = new Set(['minimizing', 'hedging']);

export const GRADES: Array<[number, string]> = [
  [85, 'A'],
  [70, 'B'],
  [55, 'C'],
  [40, 'D'],
  [0, 'F'],
];

const PART_RULES: Record<keyof Parts, string> = {
  apology: 'missing-apology',
  ownership: 'missing-ownership',
  remedy: 'missing-remedy',
  prevention: 'missing-prevention',
  empathy: 'missing-empathy',
};

export type Tier = keyof typeof BANDS;

export function tierOf(fired: ReadonlyMap<string, number>, parts: Parts): Tier {
  const core = [parts.apology, parts.ownership, parts.remedy].filter(Boolean).length;
  if (fired.has('denial') || fired.has('blame-shifting') || core <= 1) return 'poor';
  // rules.md's poor "deflects": an excuse where a main part is missing is a defence, not an apology that helps.
  if (fired.has('excuse') && core < 3) return 'poor';
  let slips = 0;
  let worse = 0;
  for (const [ruleId, count] of fired) {
    if (ruleId.startsWith('missing-')) continue;
    if (SLIPS.has(ruleId)) slips += count;
    else worse += count;
  }
  return core === 3 && worse === 0 && slips <= 1 ? 'good' : 'fair';
}

export interface Score {
  score: number;
  grade: string;
  tier: Tier;
  parts: Parts;
}

export function gradeFor(score: number): string {
  return GRADES.find(([min]) => score >= min)?.[1] ?? 'F';
}

/**
 * @param fired how many findings each rule reported on the document
 */
export function scoreFindings(fired: ReadonlyMap<string, number>): Score {
  const parts = Object.fromEntries(
    (Object.keys(PART_RULES) as Array<keyof Parts>).map((part) => [part, !fired.has(PART_RULES[part])]),
  ) as unknown as Parts;

  let score = 0;
  for (const part of Object.keys(parts) as Array<keyof Parts>) if (parts[part]) score += PART_CREDIT[part];
  if (Object.values(parts).every(Boolean)) score += COMPLETE_BONUS;

  for (const [ruleId, count] of fired) {
    if (ruleId.startsWith('missing-')) continue;
    let penalty = PENALTY[ruleId] ?? OTHER_PENALTY;
    if (ruleId === 'non-apology' && parts.apology) penalty = NON_APOLOGY_BESIDE_REAL;
    // A pattern repeated costs more, but never more than twice its first hit.
    score -= penalty * Math.min(count, 2);
  }

  // Points place the draft inside its tier's band, so order within a tier still shows.
  const tier = tierOf(fired, parts);
  const [low, high] = BANDS[tier];
  const share = Math.min(1, Math.max(0, score / MAX_POINTS));
  score = Math.round(low + share * (high - low));
  return { score, grade: gradeFor(score), tier, parts };
}
