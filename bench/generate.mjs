// Seeded, deterministic apology-like drafts for the benchmark and the stress
// script. Every phrase is written here (none comes from a corpus); the same
// seed always gives the same bytes, so runs on different days compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, good enough to pick phrases. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const maybe = (rng, p, value) => (rng() < p ? value : '');

const NAMES = ['Sam', 'Priya', 'Tomás', 'Aiko', 'Jordan', 'Mei', 'Oluwaseun', 'Greta', 'Rafael', 'Noor', 'Kit', 'Ines'];
const AGENTS = ['Lou', 'Marta', 'Devon', 'Yusuf', 'Hana', 'Pete', 'Carla', 'Bram'];
const COMPANIES = ['Brightwick Parcels', 'Orchard Lane Books', 'Tallow & Co', 'Nimbus Hosting', 'Juniper Dental', 'Harbour Rail'];
const GREETINGS = ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey {name} 👋', 'Good morning {name},'];
const PROBLEMS = [
  'your order arrived three days late',
  'we charged your card twice for the same invoice',
  'the replacement part we sent was the wrong size',
  'your booking for Saturday was cancelled without notice',
  'the dashboard was down for most of Tuesday',
  'your refund took six weeks instead of five days',
  'our engineer missed the appointment window',
  'the cake we delivered had the wrong name on it',
  'your account was locked after the password reset',
  'the invoice listed items you never ordered',
];
const APOLOGIES = [
  "I'm sorry that {problem}.",
  'We apologise that {problem}.',
  "I'm really sorry {problem} — that should not have happened.",
  'Please accept my apology: {problem}.',
];
const NON_APOLOGIES = [
  'We are sorry for any inconvenience this may have caused.',
  "I'm sorry if you feel let down by the service.",
  'Apologies for any confusion.',
  "We regret that you were unhappy with the outcome.",
];
const OWNERSHIP = [
  'That was our mistake, not yours.',
  'I forgot to check the address before it left the warehouse.',
  'We got this wrong, and it is on us to fix it.',
  'I should have called you as soon as the delay showed up.',
];
const BLAME = [
  'Unfortunately the courier lost the parcel at their depot.',
  'The address you gave us was incomplete, so the driver could not find you.',
  'Our payment provider processed the charge twice.',
  'The system automatically flagged your account.',
];
const EXCUSES = [
  'Due to unusually high volume this week, our team was stretched thin.',
  "I'm sorry, but we were short-staffed over the holiday.",
  'The weather caused delays across the whole network.',
];
const DENIALS = [
  'Our records show the parcel was delivered on Monday.',
  'As per our policy, refunds take up to thirty days.',
  'We followed the correct procedure at every step.',
];
const MINIMIZERS = [
  'It was only a small delay, and at least it arrived in the end.',
  'It was just a minor glitch that affected a few customers.',
];
const PASSIVES = ['Mistakes were made during the migration.', 'Your card was charged twice.', 'The wrong item was sent.'];
const HEDGES = ['It seems there may have been an issue with the order.', 'We will probably look into it at some point.'];
const REMEDIES = [
  'I have refunded the full amount; it will reach your card within three working days.',
  'A replacement is on its way by express delivery and should arrive tomorrow.',
  'I have restored your account and reset the lock, so you can sign in now.',
  'We have credited {amount} to your account for the lost time.',
  'Your new appointment is on Thursday at 10:00, and the visit is free.',
];
const PREVENTION = [
  'We have added an address check before every parcel leaves, so this will not happen again.',
  'From next week, a second person reviews every refund over {amount}.',
  'We changed the billing job so that it cannot run twice for one invoice.',
  'I have added a reminder to our booking system that alerts us a day before each visit.',
];
const VAGUE_PREVENTION = ['We will make sure this never happens again.', 'Rest assured it will not happen again.'];
const EMPATHY = [
  'I know how much you were counting on it for the party.',
  'Losing a whole morning waiting for us is frustrating, and I understand why you are upset.',
  'Being charged twice right before rent is due must have been stressful.',
];
const SIGNOFFS = ['Best,\n{agent}', 'Kind regards,\n{agent}\n{company}', 'Thanks,\n{agent}', 'Warm wishes,\n{agent} at {company}'];
const MARKUP = [
  '**Order:** {{ order_id }}',
  'See [your account](https://example.com/account) for details.',
  '- Refund: {amount}\n- Reference: [Reference Number]',
  '> Customer: where is my parcel?',
  '<!-- macro v2 -->',
];

function fill(template, rng) {
  return template
    .replace('{name}', pick(rng, NAMES))
    .replace('{agent}', pick(rng, AGENTS))
    .replace('{company}', pick(rng, COMPANIES))
    .replace('{problem}', pick(rng, PROBLEMS))
    .replace('{amount}', `£${5 + Math.floor(rng() * 95)}`);
}

/** One draft of ~300–1,000 characters: a good, fair or poor apology. */
export function generateDraft(rng) {
  const kind = rng();
  const body = [];
  if (kind < 0.4) {
    // good: apology, ownership, remedy, prevention, empathy
    body.push(pick(rng, APOLOGIES), pick(rng, OWNERSHIP), pick(rng, EMPATHY), pick(rng, REMEDIES), pick(rng, PREVENTION));
  } else if (kind < 0.7) {
    // fair: an apology with a flaw or two
    body.push(pick(rng, APOLOGIES), pick(rng, rng() < 0.5 ? EXCUSES : HEDGES), pick(rng, REMEDIES), pick(rng, VAGUE_PREVENTION));
    if (rng() < 0.5) body.push(pick(rng, PASSIVES));
  } else {
    // poor: blame, denial, minimizing, a non-apology
    body.push(pick(rng, BLAME), pick(rng, DENIALS), pick(rng, MINIMIZERS), pick(rng, NON_APOLOGIES));
    if (rng() < 0.5) body.push(pick(rng, EXCUSES));
  }
  const paragraphs = [];
  for (let i = 0; i < body.length; i += 2) paragraphs.push(body.slice(i, i + 2).map((s) => fill(s, rng)).join(' '));
  const markup = maybe(rng, 0.3, fill(pick(rng, MARKUP), rng));
  return [fill(pick(rng, GREETINGS), rng), ...paragraphs, ...(markup ? [markup] : []), fill(pick(rng, SIGNOFFS), rng)].join('\n\n') + '\n';
}

/** Writes `count` drafts as draft-0001.txt… into `dir` (emptied first). */
export function writeCorpus(dir, count, seed = 1) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = random(seed);
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const text = generateDraft(rng);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `draft-${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

/**
 * One document of about `size` bytes. `paragraphs`: drafts one after another,
 * blank lines between; `single`: one paragraph without a line break, the
 * worst case for a parser that works block by block.
 */
export function generateDocument(size, seed = 2, shape = 'paragraphs') {
  const rng = random(seed);
  const parts = [];
  let length = 0;
  while (length < size) {
    let draft = generateDraft(rng);
    if (shape === 'single') draft = draft.replace(/\s+/g, ' ');
    parts.push(draft);
    length += Buffer.byteLength(draft) + 1;
  }
  return parts.join(shape === 'single' ? ' ' : '\n');
}
