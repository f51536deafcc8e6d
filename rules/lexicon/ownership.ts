// Words of ownership: fault admitted in so many words, and the duties whose neglect admits it.

/** Fault owned in words: "that was our mistake", "that's on me", "we take full responsibility". */
export const FAULT_OWNED =
  /\b(?:(?:my|our) (?:own )?(?:\w+ )?(?:fault|mistake|error|oversight|failure|failures|failing|bug|doing|responsibility|decision|bad|typo|slip|blunder|lapse|misreading|misunderstanding|screw-up|mess-up)|(?:a |an )?(?:mistake|error|failure|fault|oversight) (?:on|at) (?:our|my) (?:side|part|end)|(?:\b(?:is|was|are|were|be)|['’]s) (?:all |entirely |completely |squarely |totally )?(?:on|down to) (?:me|us)\b|(?:fault|mistake|error|failure|responsibility) (?:was|is|lies) (?:mine|ours|with (?:me|us))|(?:was|is|were|it's|that's) (?:all |entirely |completely )?(?:mine|ours)\b|(?:I|we) (?:take|accept|own|bear) (?:full |complete |total |all )?(?:the )?(?:responsibility|blame|ownership)|(?:I|we) (?:was|were) (?:wrong|careless|at fault|to blame)|(?:wrong|careless|thoughtless|unfair) of (?:me|us)|(?:that|this|it) was wrong|(?:I|we) (?:got|have got|'ve got) (?:\w+ ){0,5}?wrong|(?:I|we)(?: have|'ve)? (?:let|failed) (?:you|your \w+)(?: down)?|no excuse (?:for|,|:|;)|(?:I|we)(?: have|'ve)? caused|(?:I|we)(?: have|'ve)? made (?:a |an |the |this |one |two |several |some |a few )?(?:\w+ )?(?:mistake|mistakes|error|errors|mess|blunder)|(?:I|we) (?:messed|screwed|slipped) up|(?:I|we) dropped the ball|(?:was|were) caused by (?:us|me)\b|(?:I|we) (?:should|shouldn['’]t) have|should not have|(?<=\w\s)(?:we|I)(?: had)? (?!(?:restored|refunded|fixed|resolved|replaced|credited|reversed)\b)\w+ed\b[^.;]{0,60}?\b(?:caused|broke|crashed|took down|brought down|led to|triggered|wiped|deleted|corrupted))\b/i;
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
