// The grammar every rule reasons with, one sentence per row: who acts, when,
// whether it is denied, whether the agent is hidden, and whether a condition
// governs it. A change to the clause readers shows here first.
import { describe, expect, it } from 'vitest';
import { analyse } from './index.js';

type Row = [sentence: string, actor: string, tense: string, negated: boolean, passive: boolean, conditional: boolean, byActor?: string];

const TABLE: Row[] = [
  ['We lost your parcel.', 'writer', 'past', false, false, false],
  ['The courier lost your parcel.', 'third-party', 'past', false, false, false],
  ['Your parcel was lost by the courier.', 'none', 'past', false, true, false, 'third-party'],
  ['Your refund was processed.', 'none', 'past', false, true, false],
  ['We will refund you today.', 'writer', 'future', false, false, false],
  ['We have refunded the fee.', 'writer', 'perfect', false, false, false],
  ['We did not receive your email.', 'writer', 'past', true, false, false],
  ['Will fix shortly.', 'writer', 'future', false, false, false],
  ['Our system was down.', 'thing', 'past', false, false, false],
  ['The contractor I normally use has let me down.', 'third-party', 'perfect', false, false, false],
  ['Our booking partner, StayLink, did not pass on your request.', 'third-party', 'past', true, false, false],
  ['You entered the wrong postcode.', 'customer', 'past', false, false, false],
  ['It may have been delayed.', 'none', 'perfect', false, true, false],
  ['We are committed to doing better.', 'writer', 'present', false, false, false],
];

describe('clause readers: subject, verb group, voice and condition', () => {
  it.each(TABLE)('%s', (sentence, actor, tense, negated, passive, conditional, byActor) => {
    const [clause] = analyse(sentence).sentences.flatMap((s) => s.clauses);
    expect({ actor: clause?.actor, tense: clause?.tense, negated: clause?.negated, passive: clause?.passive, conditional: clause?.conditional, byActor: clause?.byActor ?? undefined }).toEqual({
      actor, tense, negated, passive, conditional, byActor,
    });
  });

  it('a condition governs both its own clause and the one it conditions', () => {
    const clauses = analyse('If the order was late, we will refund it.').sentences.flatMap((s) => s.clauses);
    expect(clauses.map((c) => [c.opener, c.actor, c.tense, c.conditional])).toEqual([
      ['if', 'other', 'past', true],
      ['', 'writer', 'future', true],
    ]);
  });
});
