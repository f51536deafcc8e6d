// Cues of fault placed elsewhere, and of fault denied.

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
  /\b(?:a |the )?(?:decision|choice|call|responsibility) (?:of )?(?:the|their|our) (?:courier|carrier|driver|supplier|partner|manufacturer|airline|contractor|bank|vendor)s?\b|\b(?:is|was|are|were|['’]s) (?:all |entirely |purely )?down to (?!(?:us|me|our|my)\b)(?:the|their|your) [\w-]+|\b(?:fault|failure|outage|problem|error|issue|incident|bug|glitch)s? (?:at|with|in|on|from) (?:a |an |the |our |their )?(?:[\w-]+ ){0,3}?(?:third[- ]party|courier|carrier|supplier|vendor|provider|partner|bank|data cent(?:re|er)|contractor|manufacturer)\b|\b(?:on|at) (?:the|our|their) (?:[\w-]+ ){0,2}?(?:courier|carrier|supplier|bank|provider|partner|manufacturer|warehouse|airline|airport|processor|vendor)['’]s (?:side|end)\b|\b(?:caused by|due to|because of|the fault of|blame (?:lies )?with|(?:came|comes|originated|stemmed) (?:from|with|at))\s+(?:(?:an?|the|our|their|your|one of our|a bug in the)\s+)?(?:[\w-]+\s+){0,4}?(third[- ]party|courier|carrier|carriers|supplier|suppliers|vendor|manufacturer|warehouse|bank|processor|provider|partner|contractor|council|airport|driver|library|upstream|post office|postal service)\b/i;

/** The customer told they did it wrong. */
export const CUSTOMER_FAULT =
  /\b(?:(?:was|is|were) (?:entirely |all |completely )?your (?:own )?(?:choice|fault|mistake|error|responsibility|decision|doing)|you (?:entered|gave|typed|provided|supplied|used|chose|selected|picked) (?:an? |the )?(?:wrong|incorrect|old|outdated|invalid|expired)|the (?:address|details|number|information|email) you (?:gave|entered|provided|supplied|typed)|(?:please|kindly) (?:make sure|ensure|check|remember|be sure)(?: that)? (?:your|you)\b[^.;]{0,60}\b(?:correct|up to date|up-to-date|accurate|right|earlier|in future|in the future|next time|before (?:ordering|booking|you order|you book))|(?:passengers|customers|guests|users|patients|tenants|you) are (?:solely |fully )?responsible for|your (?:team['’]?s |own )?(?:requirements|instructions|details|information|specification|brief) (?:were|was) (?:unclear|wrong|incorrect|late|incomplete|vague|changing))\b/i;

/** Someone the clause's "he", "she" or "they" can point back to. */
export const PARTY_NOUN = /\b(?:engineer|technician|driver|courier|carrier|supplier|contractor|plumber|electrician|builder|employee|colleague|agent|vendor|partner|manufacturer|installer|cleaner|staff member|member of staff)s?\b/i;

/** A record, log or policy used as a wall. */
export const RECORDS_SHOW =
  /\b(?:we have|there is|there['’]s|we can find|I can find|I have) no record of\b|\baccording to (?:our|the|my) (?:\w+ )?(?:records?|system|systems|tracking|logs?|notes|data|files?)\b|\b(?:our|the|my|their) (?:\w+ )?(?:records?|system|systems|tracking|logs?|notes|data|history|account history|file|files|gps|scan)\b[^.;:]{0,20}?\b(?:shows?|showed|indicates?|indicated|confirms?|confirmed|states?|says|said|suggests?)\b|\bas (?:(?:many|most|other|our|countless) )+(?:\w+ )?(?:reviews|comments|guests|customers|photos|pictures) (?:[\w,]+ ){0,3}?(?:show|confirm|attest|prove)\b/i;

/** What the customer is told they are not owed: "no compensation is due", "you are not entitled to a refund". */
export const NOT_OWED =
  /\bno (?:\w+ )?(?:compensation|refund|reimbursement|credit|payment) (?:is|was|will be|can be) (?:due|payable|owed|offered|given|paid)\b|\byou (?:are|were) not (?:entitled|eligible)\b|\b(?:does|do|did) not (?:qualify|entitle you)\b/i;

export const POLICY_WALL =
  /\b(?:as (?:per|stated in|set out in|outlined in|explained in|described in|detailed in|specified in|noted in|mentioned in) (?:our |the |their |your )?(?:\w+ ){0,3}?(?:terms|policy|policies|agreement|contract|conditions|guidelines|website|faq|t&cs)|as per (?:our|the) |in line with (?:our|the)\b[^.;]{0,40}?\b(?:policy|agreement|terms|practice|procedure)|under (?:our|the) (?:terms|policy|contract|agreement|rules|conditions)|under EU ?261|per our (?:terms|policy)|according to (?:our|the) (?:terms|policy|contract)|in accordance with|set out in (?:our|their|the) terms|(?:our|the) (?:\w+ )?(?:terms(?: and conditions| of (?:service|sale|use))?|t&cs|conditions|policy|contract|agreement) (?:states?|says|explains?|clearly|makes? clear|specif(?:y|ies))|as our (?:website|policy|terms|faq|page) (?:explains|states|says)|(?:is|are|was|were) (?:\w+ )?(?:non|not)[- ]?refundable|(?:is|are) (?:therefore |thus |so )?not (?:payable|refundable|eligible|covered|liable)|remains? payable|(?:we|I) (?:do|can)(?: not|not|n['’]t) guarantee|clearly (?:warns|states|says|explains|displays|shows)|within (?:our|the) (?:standard|permitted|normal|usual|agreed|stated) \w+|within permitted hours|(?:the )?terms you agreed|charge is valid|standard industry practice|(?:is|are|was|were) (?:clearly )?(?:set out|stated|specified|explained|listed|detailed|covered) in (?:your|our|the) (?:contract|terms|agreement|policy|t&cs|conditions)|(?:the )?contract you signed)\b/i;

/** Fault denied outright, or diligence asserted to close the matter. */
export const FAULT_DENIED =
  /\b(?:(?:not|n['’]t|never)\b[^.;]{0,20}?\b(?:our|my) (?:fault|error|mistake|doing|problem|responsibility)|no fault of (?:ours|our own)|not (?:depend(?:s|ing|ent)?|up) (?:on|from|to) (?:us|me)|not (?:from|in|on|with) our (?:code|end|side|system|part)|(?:we|I)(?:['’]re| are| am|['’]m| were| was)? not (?:responsible|liable|to blame|at fault|accountable)|(?:cannot|can['’]t|could not|won['’]t|will not) be held (?:responsible|liable|accountable)|(?:did|done|have done) nothing wrong|no (?:error|mistake|fault) (?:on|at) our (?:end|side|part)|(?:we|I|staff|our \w+) (?:followed|complied with|adhered to|met) (?:all |the |our )?(?:\w+ )?(?:procedures?|process|guidelines|policy|protocols?|rules|standards)|handled [^.;]{0,40}?(?:appropriately|correctly|properly)|(?:are|is|were|was) (?:all )?(?:fully |highly |properly )(?:trained|qualified|certified|accredited)|(?:did|do) (?:pass|send|tell|inform|deliver|follow|explain|give)\b|(?:left|was dispatched from|was sent from) our (?:warehouse|store|depot|premises) on time|(?:was|were) (?:dispatched|sent|delivered|shipped|processed|released) on time|will not apologi[sz]e|won['’]t apologi[sz]e|(?:I am|I['’]m|we are|we['’]re) satisfied that|which is (?:exactly )?what you (?:ordered|asked for|chose|selected|requested|booked)|(?:performed|worked|operated|functioned|behaved) (?:exactly )?(?:as (?:designed|intended|expected)|correctly|normally|properly)(?: throughout| at all times)?)/i;
