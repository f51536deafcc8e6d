// The linear block search (src/inputs/scan.ts) finds exactly what the lazy
// regexes it replaced found (issue 13: those were quadratic on unclosed openers).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NextMatch, blocks } from '../dist/src/inputs/scan.js';

const PIECES = ['<!--', '-->', '--', '{#', '#}', '{{!', '}}', 'a', ' ', '\n', '-'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('blocks()', () => {
  for (const [open, close] of [['<!--', '-->'], ['\\{#', '#\\}'], ['\\{\\{!', '\\}\\}']]) {
    it(`finds what /${open}[\\s\\S]*?${close}/g finds`, () => {
      fc.assert(
        fc.property(text, (source) => {
          const lazy = [...source.matchAll(new RegExp(`${open}[\\s\\S]*?${close}`, 'g'))].map((m) => [m.index, m.index + m[0].length]);
          const found = [...blocks(source, new RegExp(open, 'g'), new RegExp(close, 'g'))].map((b) => [b.start, b.end]);
          expect(found).toEqual(lazy);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('NextMatch', () => {
  it('answers as a fresh search from each position, asked in any order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 20 }), (source, positions) => {
        const next = new NextMatch(source, /-->/g);
        for (const position of positions) expect(next.from(position)?.index ?? -1).toBe(source.indexOf('-->', position));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a comment never closed', () => {
  it('blocks(…, { toEnd: true }) runs it to the end of the text', () => {
    const found = [...blocks('a <!-- b --> c <!-- d', /<!--/g, /-->/g, { toEnd: true })].map((b) => [b.start, b.end]);
    expect(found).toEqual([[2, 12], [15, 21]]);
  });

  for (const filePath of ['notes.html', 'notes.md']) {
    it(`in ${filePath} is not read as the draft's words (as a browser or CommonMark reads it)`, async () => {
      const { lintText } = await import('../dist/src/index.js');
      const draft = "I'm sorry I sent the wrong size. I've refunded you today.\n\n<!-- internal: Unfortunately the courier lost it, not us. Mistakes were made.";
      const ids = lintText(draft, { filePath }).messages.map((m) => m.ruleId);
      expect(ids).not.toContain('blame-shifting');
      expect(lintText(draft.replace('<!--', ''), { filePath }).messages.map((m) => m.ruleId)).toContain('blame-shifting');
    });
  }
});
