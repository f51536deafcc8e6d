// Circumstances offered in place of responsibility.

export const EXCUSES =
  /\b(?:(?:due to|owing to|because of|as a result of) (?!(?:my|our|an?|the|this) (?:own )?(?:error|mistake|oversight|fault|failure|bug)\b)(?!(?:me|us|open|arrive|start|be|begin|close|land|depart|leave|ship|expire|renew|end|finish|go|take|launch|run)\b)|unforeseen|unavoidable|(?:extraordinary|exceptional|unusual|unprecedented|difficult|challenging|trying) (?:circumstances|demand|volumes?|weather|times?|period)|(?:unusually |very |extremely )?(?:high|heavy|record|huge) (?:volumes?|demand|number|numbers|levels?) (?:of|in|at)?|record number|peak (?:season|time|period|day|dates|hours)|our busiest|(?:very|extremely|incredibly|really|so|exceptionally) busy|busy (?:season|period|time|week|night|day)|short[- ]staffed|understaffed|short of staff|these things (?:can )?happen|things like this (?:can )?happen|(?:it|this) (?:can )?happens?(?: to everyone| sometimes)|did (?:our|their|his|her|my) (?:very )?best|did (?:everything|all) (?:we|they|I|he|she) could|(?:wasn['’]t|was not|isn['’]t|is not) (?:much|anything) (?:more )?(?:I|we|they) could (?:do|have done)|never (?:our|my) intention|only human|to be fair|in (?:our|my) defen[cs]e|not to make excuses,? but|(?:left|leaves|leaving) us (?:with )?no (?:choice|option|alternative)|(?:standard )?industry practice|like all (?:other )?\w+s\b|(?:scope|project|workload) (?:grew|expanded|changed)|scope creep|off sick|worked (?:incredibly |very |really |extremely |so )?hard|under (?:a lot of |great |immense |huge )?pressure|more (?:stops|orders|tickets|calls|bookings|requests) than (?:they|we|he|she) could|bad luck|(?:your |passenger |customer )?safety (?:is|was|remains) (?:always )?our (?:top |first |highest |number one |main )?priority|power (?:outage|cut|failure)s?|(?:a |the )?(?:severe |bad )?(?:storm|snowstorm|blizzard|flood|flooding|heatwave|strike|industrial action)s?\b(?! (?:damage )?(?:cover|insurance))|technical (?:difficulties|issues|problems|glitch(?:es)?)|staff (?:shortages?|sickness|illness)|(?:staff|team|staffing) (?:shortage|issues)|unexpected (?:demand|surge|spike|volume))/i;

/** Cues that name a cause; the others describe a circumstance. */
export const CAUSAL = /^(?:due to|owing to|because of|as a result of)\b/i;

/** "beyond our control": said of a named party's act it belongs to blame-shifting. */
export const CONTROL = /\b(?:(?:beyond|outside(?: of)?) (?:our|my|anyone['’]s|their) control|out of (?:our|my) hands)\b/i;

/** The "but" that follows an apology. */
export const SORRY_BUT = /(?:,|;|—|–)?\s*\b(?:but|however)\b/i;
