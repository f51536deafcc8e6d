// Cues of fault placed elsewhere, and of fault denied.
import { cue } from './cues.js';

/** Roots of verbs that put fault on whoever is their subject. */
export const FAULT_VERBS = new Set([
  'lose', 'damage', 'delay', 'fail', 'glitch', 'crash', 'break', 'misread', 'mislabel', 'miss', 'forget',
  'cancel', 'mix', 'mess', 'err', 'overlook', 'ignore', 'neglect', 'wipe', 'corrupt', 'delete', 'drop',
  'mishandle', 'misroute', 'misdeliver', 'botch', 'refuse', 'reject', 'decline', 'go', 'cause', 'introduce',
  'let', 'screw', 'bungle', 'leak', 'expose', 'overcharge', 'overbill', 'block', 'stop', 'freeze', 'hang',
  'malfunction', 'flag', 'reset', 'misplace', 'mislay', 'suffer', 'attack', 'hack', 'breach', 'steal',
  'scratch', 'dent', 'scrape', 'smash', 'spill', 'tear', 'bend',
]);

/** What went wrong, named in a party's clause: "suffered an outage", "carried out an attack". */
export const FAILURE_EVENT = /\b(?:outage|failure|fault|error|mistake|glitch|bug|attack|breach|hack|theft|fraud|strike|blunder|mix-?up|delay|delays|unauthori[sz]ed|intruder|gained access)\b/i;

/** Duties a customer can be said to have failed ("you did not report it"). */
export const CUSTOMER_DUTIES = new Set([
  'report', 'tell', 'mention', 'inform', 'notify', 'cancel', 'check', 'read', 'follow', 'enter', 'update',
  'provide', 'return', 'pay', 'sign', 'contact', 'call', 'book', 'confirm', 'specify', 'ask', 'select', 'choose',
  'answer', 'respond', 'reply', 'attend', 'show', 'turn', 'collect', 'pick', 'arrive', 'follow', 'keep', 'save',
]);

/** What makes a customer's act a mistake in a draft's telling. */
export const CUSTOMER_WRONG = /\b(?:twice|three times|wrong(?:ly)?|incorrect(?:ly)?|too late|late|outdated|out-of-date|old|invalid|expired|without (?:telling|checking|reading|asking)|instead of)\b/i;

/** Acts of the customer that a draft can turn into their fault ("you changed your order twice"). */
export const CUSTOMER_ACTS = new Set([
  'change', 'enter', 'give', 'select', 'choose', 'type', 'forget', 'miss', 'cancel', 'book', 'order', 'arrive',
  'submit', 'send', 'use', 'leave', 'put', 'write', 'fill', 'pick', 'text', 'email', 'phone', 'message',
]);

/** Fault pinned on a named party by a phrase rather than a clause: "caused by the carrier". */
export const CAUSED_BY_PARTY =
  cue('caused-by-party');

/** The customer told they did it wrong. */
export const CUSTOMER_FAULT =
  cue('customer-fault');

/** Someone the clause's "he", "she" or "they" can point back to. */
export const PARTY_NOUN = /\b(?:engineer|technician|driver|courier|carrier|supplier|contractor|plumber|electrician|builder|employee|colleague|agent|vendor|partner|manufacturer|installer|cleaner|staff member|member of staff)s?\b/i;

/** A record, log or policy used as a wall. */
export const RECORDS_SHOW =
  cue('records-show');

/** What the customer is told they are not owed: "no compensation is due", "you are not entitled to a refund". */
export const NOT_OWED =
  cue('not-owed');

export const POLICY_WALL =
  cue('policy-wall');

/** Fault denied outright, or diligence asserted to close the matter. */
export const FAULT_DENIED =
  cue('fault-denied');
