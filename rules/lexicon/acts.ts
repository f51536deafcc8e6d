// The acts an apology talks about, as verb roots and nouns the rules reason
// with. A list names the meaning; the rules decide, from the grammar around
// it (who, tense, negation, condition), whether the meaning is there.

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
  /\b(?:wrong(?:ly)?|twice|double|duplicate|incorrect(?:ly)?|instead of|rather than|by mistake|in error|mistakenly|accidentally|without (?:telling|asking|checking|notifying|informing|warning|sending|testing|first)|never told|too (?:small|late|early|soon|long)|(?:your|the|an?) old|after you(?: had|'d)? (?:cancell?ed|paused|asked|told|booked|updated|changed|reported)|even though|despite|waiting|(?:a further|an extra|another) (?:day|week|hour|month)s?|longer than|(?:left|leaving) (?:\w+ ){0,4}?(?:open|unlocked|unattended|behind|outside|in the rain|on (?:the|your) doorstep)|late|early|earlier|missing|before (?:checking|confirming)|far too|no (?:padding|protection|warning|notice)|more (?:rooms|seats|tickets|places|bookings) than|untested|unlocked|open to|badly|poorly|carelessly|short of|wrong call|outdated|out-of-date|last year['’]s|expired|already (?:given|booked|sold|taken|allocated) to)\b/i;

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
  /\b(?:refund|refunds|credit|voucher|discount|gift card|replacement|reimbursement|compensation|new (?:\w+ )?(?:one|pair|print|lamp|sim|card|box|bouquet|order|installation|appointment|date|item|part|copy|batch|device|unit|units)|fresh (?:bouquet|arrangement|batch)|free|at no (?:extra )?(?:cost|charge)|at our (?:cost|expense)|off (?:this|next|your)|corrected|money back|deposit|fees?|costs|receipts|(?:identity|credit) monitoring|special delivery|(?:first|both) nights?|the (?:full|whole) (?:amount|bill|cost|price)|(?:you|him|her|them) (?:in|back)|(?:right|correct|corrected|replacement) [\w-]+)(?![\w-])|[£$€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|percent|dollars|pounds|euros)\b/i;

/** A day soon enough to make a commitment concrete. */
export const SOON =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|(?:on|by|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:\d|noon|midday|tomorrow|the end of (?:today|the day|the week))|within (?:the hour|\d+ (?:hours?|working days?|business days?|days?))|at \d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?)\b/i;

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
  /\b(?:new|corrected|updated|revised|replacement|right|correct|fresh) [\w -]{0,25}\b(?:is|are) (?:now )?(?:attached|enclosed|below)\b|\b(?:I|we)(?:['’]ve| have) attached (?:a |an |the |your )?(?:new|corrected|updated|revised|replacement|right|correct)\b|\b(?:is|are) (?:now )?(?:out|live|available|released|published|on [\w.]+)(?: now)?\b[^.;]{0,30}\bfix(?:ed|es)?\b|\b(?:has|have|['’]s) (?:now |also |already )?been (?:fixed|resolved|restored|corrected|sorted|repaired|reversed|refunded|recalled|withdrawn)\b|\bno (?:[\w-]+ )?(?:charge|fee|cost)\b|\b(?:will|['’]ll) be (?:round|over|there|back|with you)\b[^.;]{0,40}\bto (?:fit|fix|repair|replace|install|deliver|collect|finish|complete|redo|sort)\b|(?<!\b(?:this|that|it|which|one)\s)\b(?:is|are|was|were|will be) (?:complimentary|free of charge|on the house)\b|^\W*(?:now |all |this is )?(?:fixed|resolved|restored|corrected|refunded|reverted|rolled back|patched|sorted)\b|\bthe (?:right|correct|corrected|working|updated|new) (?:code|link|address|file|version|invoice|quote|date|time|price|amount|password|details) (?:is|are)\b|\b(?:no charge|free of charge|at no (?:extra )?cost|on the house|won['’]t be charged|will not be charged|(?:moved|rebooked|booked|rescheduled|switched|upgraded) you (?:to|onto|into|for|in|with|on)\b)|\b(?:(?:has|have|had) been|(?:is|are|was|were)(?: now)?|now)\s+(?:fully\s+|now\s+|all\s+)?(?:restored|resolved|fixed|mitigated|unblocked|corrected|reversed|refunded|repaired|reconnected|back (?:up|online|to normal)|rolled back|operational|working (?:again|normally)|reinstated|fitted|on (?:its|their) way|withdrawn|reverted|pulled|back (?:up|online|to normal)|(?:green|stable|up|working|running|online) again)\b|\b(?:has|have) (?:now |all |also |already )?been (?:delivered|paid|credited|refunded|sent|issued|processed|approved|reversed|waived|cancelled and refunded)\b|\ball (?:systems|services) are (?:operational|working)|\bis on (?:its|their) way\b|\b(?:left our (?:warehouse|store|shop|depot)|went out|was sent|were sent|has been sent|have been sent)\b[^.;]{0,40}\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday)\b|\b(?:sent|posted|dispatched|shipped|couriered|emailed)\b[^.;]{0,60}\b(?:today|this morning|this afternoon)\b|\b(?:will|['’]ll) be ready (?:for you|to collect|for collection)\b|\b(?:reached|arrives?|arriving|(?:will|['’]ll) (?:arrive|reach|be with you))\b[^.;]{0,60}\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by \d|within)\b/i;

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
  /\b(?:now|from (?:now|today|this|next|tomorrow|then|here)|since (?:then|friday|monday|tuesday|wednesday|thursday|saturday|sunday|that|the)|going forward|in future|in the future|next time|every|each|always|whenever|automatically|before (?:it|they|we|each|every|any|taking|printing|shipping|the)|so (?:that )?(?:this|it|no|we|you|our|the|a|every|any|paused|cancellations|only)|again|nightly|daily|weekly|hourly|double-check|second (?:check|scan|person|member|pair)|tests?|checks?|checklists?|sign-off|alerts?|reminders?|process(?:es)?|procedures?|polic(?:y|ies)|training|rules?|standby|safeguards?|controls?)\b/i;

/** Promises with no step in them. */
export const VAGUE_PROMISE =
  /\b(?:(?:will|'ll|shall)\s+(?:never|not)\s+happen again|won['’]?t happen again|never happen again|(?:cannot|can['’]?t|won['’]?t) happen again|do(?:ing)? better|try harder|endeavou?r to improve|(?:will|'ll) improve|lessons (?:have been |were |are )?(?:learned|learnt)|committed to (?:doing better|improving|ensuring (?:this|it|that this|that it) (?:never|doesn['’]t|does not|won['’]t|will not) happens? again)|(?:nothing like this|this|it|that) will (?:never )?(?:ever )?happen (?:\w+ ){0,4}?again|(?:ensure|ensuring) (?:this|it|that this|that it) (?:never|doesn['’]t|does not|won['’]t|will not) happens? again|make sure (?:this|it) (?:doesn['’]?t|does not|never|won['’]?t) happen again|ensure (?:this|it) (?:doesn['’]?t|does not|never|won['’]?t) happen again|take steps|work harder|(?:are|is|am|we['’]re) working (?:hard|harder|tirelessly|diligently) to (?:improve|do better|make sure|ensure|prevent)|strive to|won['’]?t let (?:it|this) happen again)\b/i;

/** Words that say what a failure cost the customer. */
export const EMOTION =
  /\b(?:frustrat\w*|stress\w*|worr\w*|upset\w*|disappoint\w*|humiliat\w*|exhaust\w*|frighten\w*|scar\w*|unsettl\w*|distress\w*|embarrass\w*|anxious|anxiety|annoy\w*|infuriat\w*|maddening|awful|horrible|terrible|a real (?:blow|pain|letdown|let-down|worry|shock|headache)|a shock|letdown|let-down|hassle|tight|worst|mattered|meant|special|serious|important|hard|difficult|tough|miserable|cold|alone|no way to|nothing we (?:send|do|say)|not the same)\b/i;

/** Cognition verbs that introduce an acknowledgment: "I know how…", "I understand that…". */
export const COGNITION = /\b(?:know|knew|understand|understood|realise|realize|realised|realized|imagine|appreciate|see|recognise|recognize|get)\b/i;
