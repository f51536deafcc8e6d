// Words of ownership: fault admitted in so many words, and the duties whose neglect admits it.
import { cue } from './cues.js';

/** Fault owned in words: "that was our mistake", "that's on me", "we take full responsibility". */
export const FAULT_OWNED =
  cue('fault-owned');
/** Verbs of duty that, negated in the past, admit a failure: "we didn't check". */
export const DUTY_VERBS = new Set([
  'check', 'test', 'tell', 'update', 'read', 'send', 'turn', 'call', 'book', 'notify', 'inform', 'reply', 'respond',
  'follow', 'sign', 'confirm', 'ring', 'phone', 'chase', 'show', 'get', 'deliver', 'pass', 'warn', 'give', 'let',
  'process', 'ship', 'include', 'contact', 'answer', 'listen', 'keep', 'honour', 'honor', 'secure', 'schedule',
  'catch', 'spot', 'see', 'notice', 'review', 'verify', 'do', 'make', 'arrive', 'come', 'fix', 'act', 'record',
  'flag', 'escalate', 'return', 'refund', 'post', 'file', 'mention', 'explain', 'label', 'pack', 'train', 'plan',
]);
/** "I forgot to mention…" is a turn of phrase, not a failure. */
export const FILLER_FORGET = /\bforg[eo]t\w* to (?:mention|say|add that|include that|tell you that|ask)\b/i;
