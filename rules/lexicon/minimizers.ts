// Words that shrink the harm. "just" of time and "only" of exclusivity are
// not among them: each pattern needs an amount or a harm after the word.
import { cue } from './cues.js';

export const MINIMIZERS =
  cue('minimizers');

/**
 * The same shrinking said with degree words and the copula: "a bit longer",
 * "a little late", "it's just my style of writing", "but rest assured, your
 * data is safe" (the silver lining after the harm).
 */
export const DEGREE_MINIMIZERS =
  cue('degree-minimizers');
