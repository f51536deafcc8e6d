// Words that shrink the harm. "just" of time and "only" of exclusivity are
// not among them: each pattern needs an amount or a harm after the word.

export const MINIMIZERS =
  /\b(?:(?:just|only|merely|simply)\s+(?![\w\s]{0,12}['’]s notice\b)(?:been\s+|caused\s+|affected\s+|took\s+|lasted\s+)?(?:(?:a|an)\s+)?(?:(?:small|slight|minor|little|tiny|brief|short|temporary|momentary|few|couple|single|bit|fraction|handful|quick|simple|easy|one[- ]line|one[- ]click|two[- ]minute)\b|\d+(?:\.\d+)?[\s-]*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|orders?|customers?|users?|people|accounts?)\b|[$£€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:dollars|pounds|euros|p|cents)\b|one\s+(?:order|customer|user|day|item|account|hour|month['’]s|week['’]s|night)\b|(?:week|day|few days|couple of days|hour)\b|\w+ (?:late|longer|delayed|behind)\b)|(?:slight|minor|small|tiny|little|brief|short|temporary|momentary)\s+(?:hiccup|inconvenience|delay|glitch|mix-?up|issue|problem|error|blip|snag|hold|number|percentage|period|outage|disruption|bump|oversight|wait|matter|setback|hitch|interruption|scratch|mark|dent|scuff|scrape)(?:s|es)?\b|\b(?:hiccup|blip|snag|hitch)s?\b|(?:^|[,;:]\s*|\b(?:and|but|so)\s+)at least\b(?!\s+(?:\d|one|two|three|a|an|\w+ (?:days|hours|weeks))\b)|could have been (?:much |a lot |far )?worse|the good news is|on the bright side|silver lining|(?:most|many|the majority of) (?:users|people|customers|of you|guests|clients) (?:didn['’]t|won['’]t|wouldn['’]t|did not|will not|would not|never|probably won['’]t) (?:even )?notice|didn['’]t notice a thing|no (?:real )?harm (?:was )?done|nothing to worry about|(?:is|was) limited to\b[^.;]{0,60}\bonly\b|only (?:affected|impacted))/gi;

/**
 * The same shrinking said with degree words and the copula: "a bit longer",
 * "a little late", "it's just my style of writing", "but rest assured, your
 * data is safe" (the silver lining after the harm).
 */
export const DEGREE_MINIMIZERS =
  /\b(?:a (?:little |tiny )?bit|a little|slightly|somewhat) (?:longer|later|late|slower|slow|delayed|behind|off)\b|\b(?:it|this|that)(?:['’]s| is| was) just (?:my|our|a|an|the) \w+|\b(?:but|however),? rest assured\b[^.;]{0,40}\b(?:safe|fine|secure|intact|ok|okay)\b/gi;
