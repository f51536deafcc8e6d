// Circumstances offered in place of responsibility.
import { cue } from './cues.js';

export const EXCUSES =
  cue('excuses');

/** Cues that name a cause; the others describe a circumstance. */
export const CAUSAL = /^(?:due to|owing to|because of|as a result of)\b/i;

/** "beyond our control": said of a named party's act it belongs to blame-shifting. */
export const CONTROL = /\b(?:(?:beyond|outside(?: of)?) (?:our|my|anyone['’]s|their) control|out of (?:our|my) hands|not something (?:we|I) (?:can )?control)\b/i;

/** The "but" that follows an apology. */
export const SORRY_BUT = /(?:[,;—–]\s*)?\b(?:but|however)\b/i;
