// The score a user sees: tiers decide the band, points decide the place in it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type Rule } from 'apology-lint';
import { builtinRules } from '../rules/index.js';

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '..', 'fixtures', name), 'utf8');

describe('score', () => {
  it('gives the README’s worked example 61, grade C', () => {
    const result = lintText(fixture('fair-hotel.txt'));
    expect(result).toMatchObject({ score: 61, grade: 'C', parts: { remedy: false, apology: true, ownership: true } });
  });

  it('puts any draft with denial or unowned blame in the poor band, whatever else it has', () => {
    const draft =
      "I'm sorry your parcel was late; I know you needed it for Saturday. Our records show it was delivered on time. " +
      "I've refunded the delivery fee, and we now check every parcel twice.";
    const result = lintText(draft);
    expect(result.messages.map((m) => m.ruleId)).toContain('denial');
    expect(result.score).toBeLessThanOrEqual(39);
  });

  it('keeps a complete apology with one minimizing word in the good band, and one with an excuse out of it', () => {
    const base =
      "I'm sorry we sent you the wrong size; that was my mistake. I know you wanted them for your holiday. " +
      "I've sent the right pair by express, and we now check the size at packing.";
    const slip = lintText(base.replace('the wrong size', 'the wrong size, a slight hiccup'));
    const excuse = lintText(`${base} We were short-staffed that week.`);
    expect(slip.messages.map((m) => m.ruleId)).toEqual(['minimizing']);
    expect(slip.score).toBeGreaterThanOrEqual(70);
    expect(excuse.messages.map((m) => m.ruleId)).toEqual(['excuse']);
    expect(excuse.score).toBeLessThan(70);
    expect(excuse.score).toBeGreaterThanOrEqual(40);
  });

  it('puts an excuse with a main part missing in the poor band: it deflects', () => {
    const owned = "I'm sorry we missed your delivery slot; that was our mistake.";
    const excuse = lintText(`${owned} Due to unusually high demand, our drivers were stretched.`);
    expect(excuse.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['excuse', 'missing-remedy']));
    expect(excuse.score).toBeLessThanOrEqual(39);
    // The same admission without the excuse, still missing its remedy, is fair.
    expect(lintText(owned).score).toBeGreaterThanOrEqual(40);
  });

  it('ranks good over fair over poor fixtures', () => {
    const scores = (tier: string): number[] =>
      ['billing', 'hotel', 'saas-outage', 'clinic', 'florist', 'parcel']
        .map((domain) => `${tier}-${domain}.txt`)
        .filter((name) => {
          try {
            fixture(name);
            return true;
          } catch {
            return false;
          }
        })
        .map((name) => lintText(fixture(name)).score);
    const good = scores('good');
    const fair = scores('fair');
    const poor = scores('poor');
    expect(good.length * fair.length * poor.length).toBeGreaterThan(0);
    expect(Math.min(...good)).toBeGreaterThan(Math.max(...fair));
    expect(Math.min(...fair)).toBeGreaterThan(Math.max(...poor));
  });

  it('scores an empty draft 0: it lacks every part', () => {
    expect(lintText('')).toMatchObject({ score: 0, grade: 'F' });
  });

  it("weighs a plugin's rule by its meta's weight, 5 when it declares none", () => {
    const draft = fixture('good-clinic.txt');
    const rule = (weight?: number): Rule => ({
      meta: { id: 'acme/always', description: 'Always fires.', kind: 'pattern', defaultSeverity: 'warn', docs: { description: '', bad: '', good: '' }, ...(weight === undefined ? {} : { weight }) },
      check: () => [{ start: 0, end: 1, message: 'here' }],
    });
    const scoreWith = (weight?: number): number => lintText(draft, { extraRules: [rule(weight)] }).score;
    // Any finding of a pattern rule keeps the draft out of the good band; its weight places it in the fair one.
    expect(lintText(draft).score).toBeGreaterThanOrEqual(70);
    expect(scoreWith(0)).toBe(69);
    expect(scoreWith()).toBe(scoreWith(5));
    expect(scoreWith(5)).toBeLessThan(scoreWith(0));
    expect(scoreWith(20)).toBeLessThan(scoreWith(5));
  });

  it('reads every weight from the rules: a built-in rule under another id weighs the same', () => {
    const draft = "I'm sorry the parcel was late. Our records show it was delivered on time.";
    const denial = builtinRules.find((r) => r.meta.id === 'denial') as Rule;
    const renamed: Rule = { ...denial, meta: { ...denial.meta, id: 'acme/denial' } };
    const stock = lintText(draft);
    const copy = lintText(draft, { rules: { denial: 'off' }, extraRules: [renamed] });
    expect(stock.messages.map((m) => m.ruleId)).toContain('denial');
    expect(copy.messages.map((m) => m.ruleId)).toContain('acme/denial');
    expect(copy.score).toBe(stock.score);
  });
});
