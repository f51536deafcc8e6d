// What the draft is about, so a missing part's example fits it: a late
// delivery, a wrong charge, an outage, a missed appointment. The words are
// cues for choosing an example, never for judging the draft.
import type { AnalysedDocument } from '../../src/types.js';
import { perDocument } from './memo.js';

export type Situation = 'delivery' | 'charge' | 'outage' | 'appointment' | 'general';

const CUES: Record<Exclude<Situation, 'general'>, RegExp> = {
  delivery: /\b(?:parcel|package|delivery|delivered|deliver|courier|shipped|shipping|dispatch\w*|order|arrived|bouquet|flowers|van|tracking|warehouse|postcode|address)\b/gi,
  charge: /\b(?:charg\w*|invoice\w*|bill\w*|refund\w*|payment\w*|fee|fees|card|subscription|renew\w*|price|pricing|overcharg\w*|statement)\b/gi,
  outage: /\b(?:outage|down|downtime|errors?|api|servers?|service|app|login|sync|bug|release|version|update|deploy\w*|incident|crash\w*|data)\b/gi,
  appointment: /\b(?:appointment|booking|booked|reservation|table|room|engineer|visit|slot|consultation|flight|clinic|doctor|install\w*|repair)\b/gi,
};

export const situationOf = perDocument((doc: AnalysedDocument): Situation => {
  let best: Situation = 'general';
  let most = 1;
  for (const [situation, cue] of Object.entries(CUES) as Array<[Exclude<Situation, 'general'>, RegExp]>) {
    const count = doc.masked.match(cue)?.length ?? 0;
    if (count > most) {
      best = situation;
      most = count;
    }
  }
  return best;
});

/** Example sentences for each part, by situation. */
export const EXAMPLES: Record<'apology' | 'ownership' | 'remedy' | 'prevention' | 'empathy', Record<Situation, string>> = {
  apology: {
    delivery: '“I’m sorry your order arrived three days late.”',
    charge: '“I’m sorry we charged you twice.”',
    outage: '“We’re sorry: our service was down for two hours this morning.”',
    appointment: '“I’m sorry we missed your appointment on Tuesday.”',
    general: '“I’m sorry we got this wrong.”',
  },
  ownership: {
    delivery: '“We sent your order to your old address; that was our mistake.”',
    charge: '“I processed your payment twice; that was my error.”',
    outage: '“We deployed a change we had not tested, and it took the service down. That is on us.”',
    appointment: '“We moved your appointment and didn’t tell you. That was our failure.”',
    general: '“That was my mistake: I …”',
  },
  remedy: {
    delivery: '“A replacement left our warehouse today and will reach you by Friday, and I’ve refunded the delivery fee.”',
    charge: '“I’ve refunded the second charge of $49; it will be back on your card within 3 working days.”',
    outage: '“Service is restored, and we’re crediting every account with a day’s fee.”',
    appointment: '“I’ve booked you in for Thursday at 9am and waived the call-out fee.”',
    general: '“I’ve refunded the full amount” or “I’ll call you by 5pm tomorrow with the fix.”',
  },
  prevention: {
    delivery: '“We now check every address against your account before printing the label.”',
    charge: '“We’ve added a check so a payment can’t be taken twice for one order.”',
    outage: '“Every configuration change now goes through a staged rollout with automatic rollback.”',
    appointment: '“From this week, reception phones every patient whenever a clinician is off.”',
    general: '“We’ve added a second check so this can’t happen again.”',
  },
  empathy: {
    delivery: '“I know you needed it for the weekend, and it wasn’t there.”',
    charge: '“I know how stressful it is to see the same charge twice on your statement.”',
    outage: '“For many of you that meant failed checkouts in the middle of a working day.”',
    appointment: '“You took the morning off work to be there, and nobody came.”',
    general: '“I know this cost you time you didn’t have.”',
  },
};
