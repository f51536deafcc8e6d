// The word lists the analysis reasons with, as sets, with a team's own
// additions from configuration merged in.
import { STAFF_MEMBERS, THINGS, THIRD_PARTIES, WRITER_GROUPS } from './parties.js';

export interface Lexicon {
  thirdParties: ReadonlySet<string>;
  things: ReadonlySet<string>;
  staff: ReadonlySet<string>;
  writerGroups: ReadonlySet<string>;
  /** Names the writer goes by (the company, the product), lower-cased words. */
  writerNames: ReadonlySet<string>;
  /** A team's own words for what repairs the harm ("rain check", "loyalty points"), lower-cased. */
  remedies: readonly string[];
}

export interface LexiconAdditions {
  thirdParties?: string[];
  things?: string[];
  writerNames?: string[];
  remedies?: string[];
}

export function buildLexicon(additions: LexiconAdditions = {}, writerNames: Iterable<string> = []): Lexicon {
  const lower = (list: Iterable<string>): Set<string> => new Set([...list].map((w) => w.toLowerCase()));
  return {
    thirdParties: lower([...THIRD_PARTIES, ...(additions.thirdParties ?? [])]),
    things: lower([...THINGS, ...(additions.things ?? [])]),
    staff: lower(STAFF_MEMBERS),
    writerGroups: lower(WRITER_GROUPS),
    writerNames: lower([...(additions.writerNames ?? []), ...writerNames]),
    remedies: [...lower(additions.remedies ?? [])],
  };
}
