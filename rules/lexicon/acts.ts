// The acts an apology talks about, as verb roots and nouns the rules reason
// with. A list names the meaning; the rules decide, from the grammar around
// it (who, tense, negation, condition), whether the meaning is there.
import { cue } from './cues.js';

/** Verbs whose past, with the writer as subject, admit a failure by themselves. */
export const ERROR_VERBS = new Set([
  'lose', 'forget', 'miss', 'overlook', 'mess', 'misread', 'mislabel', 'mislabelled', 'misplace', 'mislay',
  'misunderstand', 'mix', 'overcharge', 'double-charge', 'double-book', 'double-booked', 'overbook', 'overbooked',
  'break', 'fail', 'neglect', 'ignore', 'skip', 'drop', 'botch', 'block', 'expose', 'leak', 'delete', 'wipe',
  'err', 'screw', 'blow', 'let', 'cut', 'bungle', 'underestimate', 'misjudge', 'mistype', 'mishandle',
  'misinform', 'misquote', 'overbill', 'double-bill', 'refuse', 'decline', 'reset', 'corrupt', 'disconnect',
]);

/** Neutral verbs that admit a failure when the clause says what was wrong with the act. */
export const ACT_VERBS = new Set([
  'send', 'ship', 'post', 'deliver', 'charge', 'bill', 'book', 'quote', 'apply', 'type', 'key', 'enter',
  'give', 'tell', 'move', 'sell', 'serve', 'pack', 'label', 'print', 'load', 'put', 'set', 'sit', 'seat',
  'leave', 'keep', 'cancel', 'renew', 'change', 'release', 'deploy', 'push', 'schedule', 'reschedule',
  'file', 'record', 'show', 'list', 'process', 'make', 'take', 'handle', 'treat', 'do', 'run', 'write',
  'assign', 'bring', 'show', 'install', 'switch', 'turn', 'close', 'open', 'cut', 'shut', 'order', 'pick',
]);

/** What makes a neutral act a wrong one: "the wrong size", "charged twice", "instead of". */
export const WRONGNESS =
  cue('wrongness');

/** What a customer is charged: laid on them, it is the harm; taken off, the repair. */
export const CHARGE_NOUNS = /\b(?:fees?|charges?|penalty|penalties|fines?|interest|surcharges?)\b/i;

/** Verbs the writer performs when repairing the harm itself. */
export const REMEDY_VERBS = new Set([
  'refund', 'reimburse', 'credit', 'replace', 'resend', 're-send', 'reship', 'redeliver', 'reissue', 're-issue',
  'reverse', 'waive', 'compensate', 'restore', 'rebook', 're-book', 'unblock', 'correct', 'reinstate', 'repay',
  'return', 'remove', 'refunding', 'cover', 'pay', 'rectify', 'repair', 'reconnect', 'reactivate', 'cancel',
  'fix', 'resolve', 'mitigate', 'roll', 'redo', 're-run', 'rerun', 'reprint', 'recover', 'deliver', 'send',
  'ship', 'post', 'give', 'book', 'arrange', 'take', 'offer', 'upgrade', 'extend', 'add', 'apply', 'transfer',
  'attach', 'email', 'call', 'phone', 'ring', 'text', 'contact', 'visit', 'meet', 'collect', 'carry', 'check',
  'move', 'put', 'bring', 'close', 'sort', 'get',
  'waiving', 'crediting', 'reimbursing', 'replacing', 'fitted', 'fit', 'install', 'activate', 'set', 'receive',
  'raise', 'issue', 'process', 'prepare',
]);

/** Verbs that repair by themselves; the others need a remedy object or a next step for this customer. */
export const STRONG_REMEDY_VERBS = new Set([
  'refund', 'reimburse', 'credit', 'replace', 'resend', 're-send', 'reship', 'redeliver', 'reissue', 're-issue',
  'reverse', 'waive', 'compensate', 'restore', 'rebook', 're-book', 'unblock', 'correct', 'reinstate', 'repay',
  'rectify', 'repair', 'reconnect', 'reactivate', 'redo', 're-run', 'rerun', 'reprint', 'fit', 'fitted', 'revert',
  'recall', 'retract', 'recover', 'reopen', 'retrieve', 'reinstall',
]);

/** Things that repair the harm when given or sent. */
export const REMEDY_NOUNS =
  cue('remedy-nouns');

/** A day soon enough to make a commitment concrete. */
export const SOON =
  cue('soon');

/** Future verbs that promise attention, not a repair ("we will look into it by Friday"). */
export const NOT_A_REPAIR = new Set([
  'be', 'have', 'look', 'try', 'hope', 'monitor', 'investigate', 'review', 'aim', 'consider', 'see', 'keep', 'continue',
  'get', 'need', 'let', 'update', 'post', 'share', 'publish', 'know',
  // A schedule is news, not a repair ("this flight will now depart at 21:40").
  'depart', 'leave', 'arrive', 'land', 'run', 'operate', 'open', 'close', 'start', 'begin', 'board', 'happen', 'go', 'take',
]);

/** A next step the writer commits to for this customer: "I'll call you when it leaves". */
export const NEXT_STEP = /\b(?:call|phone|ring|email|e-mail|text|message|contact|update|visit|meet)\s+(?:you|him|her|them)\b/i;

/** The harm still going on is over: "service has been restored", "your card is unblocked now". */
export const HARM_ENDED =
  cue('harm-ended');

/** Change verbs: a step that stops it happening again. */
export const CHANGE_VERBS = new Set([
  'add', 'change', 'update', 'retrain', 'train', 'automate', 'introduce', 'implement', 'install', 'switch',
  'move', 'stop', 'fix', 'set', 'lock', 'start', 'hire', 'create', 'build', 'give', 'save', 'require', 'adopt',
  'replace', 'put', 'establish', 'launch', 'begin', 'make', 'block', 'enable', 'schedule', 'assign', 'double',
  'review', 'rewrite', 'redesign', 'tighten', 'upgrade', 'configure', 'limit', 'restrict', 'remove',
  'complete', 'undergo', 'attend', 'speak', 'talk', 'brief', 'coach', 'document', 'monitor', 'audit',
]);

/** Change verbs that prevent by themselves ("we retrained the team"). */
export const PREVENTIVE_VERBS = new Set(['retrain', 'train', 'automate', 'introduce', 'implement', 'hire', 'establish', 'tighten', 'redesign']);

/** The marks of a step that looks forward: "now", "every order", "from next month", "so this can't…". */
export const FORWARD_MARKERS =
  cue('forward-markers');

/** Promises with no step in them. */
export const VAGUE_PROMISE =
  cue('vague-promise');

/** Words that say what a failure cost the customer. */
export const EMOTION =
  cue('emotion');

/** Cognition verbs that introduce an acknowledgment: "I know how…", "I understand that…". */
export const COGNITION = /\b(?:know|knew|understand|understood|realise|realize|realised|realized|imagine|appreciate|see|recognise|recognize|get)\b/i;
