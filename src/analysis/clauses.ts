// Splits a sentence into clauses and reads off each clause's grammar: who is
// the subject, the verb group, negation, tense, modality, voice and whether
// a condition governs it. compromise supplies the tags; this is the small
// amount of syntax the rules need on top of them, kept deliberately shallow.
import type { Actor, Clause, Token } from '../types.js';
import type { Lexicon } from './lexicon.js';

const OPENERS = new Set([
  'because', 'since', 'although', 'though', 'while', 'whereas', 'when', 'whenever', 'after', 'before', 'until',
  'till', 'once', 'if', 'unless', 'whether', 'but', 'and', 'or', 'yet', 'which', 'who', 'where', 'so', 'that',
  'then', 'however', 'otherwise', 'as', 'why', 'like',
]);
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'then', 'yet']);
const CONDITIONAL_OPENERS = new Set(['if', 'unless']);
const BOUNDARY_PUNCTUATION = /[;:—–(),]|\.\.\.|…/;
const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);
const MODALS = new Set(['may', 'might', 'could', 'should', 'would', 'can', 'must', 'will', 'shall']);
const NEGATORS = new Set(['not', 'never', "n't"]);
/** Participles that describe a state, not an act someone did ("we are committed"). */
const ADJECTIVAL_PARTICIPLES = new Set([
  'committed', 'entitled', 'pleased', 'based', 'confused', 'located', 'supposed', 'worried', 'concerned',
  'interested', 'disappointed', 'delighted', 'determined', 'required', 'affected', 'impacted', 'used',
  'scheduled', 'expected', 'satisfied', 'dedicated', 'involved', 'designed', 'meant', 'allowed', 'tired',
  'frustrated', 'upset', 'annoyed', 'embarrassed', 'ashamed', 'sorry', 'excited', 'surprised', 'shocked',
  'stuck', 'covered', 'done', 'married', 'unblocked', 'closed', 'open', 'insured', 'prepared', 'booked',
  'qualified', 'limited', 'known', 'aware', 'equipped', 'staffed', 'finished', 'gone', 'obliged', 'bound',
]);
const DUMMY_SUBJECTS = new Set(['there', 'it']);
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
const WRITER_PRONOUNS = new Set(['i', 'we', 'me', 'us', 'myself', 'ourselves']);
const CUSTOMER_PRONOUNS = new Set(['you', 'yourself', 'yourselves']);

const isVerb = (t: Token): boolean => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
const AUXILIARIES = new Set([
  'have', 'has', 'had', "'ve", "'d", 'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'get', 'gets', 'got',
]);
/** Adverbs that sit inside a verb group whatever compromise tags them ("have since added"). */
const INNER_ADVERBS = new Set(['since', 'already', 'just', 'also', 'now', 'never', 'ever', 'recently', 'finally', 'still', 'all', 'both', 'then', 'personally', 'now']);
const isAuxiliary = (t: Token): boolean => AUXILIARIES.has(t.word) && (isVerb(t) || t.text === '');
const BARE_PARTICIPLES = new Set([
  'left', 'lost', 'sent', 'made', 'kept', 'held', 'paid', 'told', 'sold', 'built', 'caught', 'taught', 'brought',
  'bought', 'meant', 'put', 'set', 'cut', 'hit', 'shut', 'let', 'read', 'spent', 'lent', 'dealt', 'found', 'given',
]);
/** compromise sometimes tags a participle after an auxiliary as a noun or adjective ("have set", "was left"). */
const isParticipleLike = (t: Token, aux: Token): boolean =>
  (['have', 'has', 'had', "'ve"].includes(aux.word) || (BE_FORMS.has(aux.word) && (BARE_PARTICIPLES.has(t.word) || (/(?:ed|en)$/.test(t.word) && !t.tags.has('Noun'))))) &&
  !t.tags.has('Determiner') && !t.tags.has('Pronoun') && !t.tags.has('Preposition') && !t.tags.has('Possessive') &&
  !t.tags.has('Value') && /^[a-z-]+$/.test(t.word);
const isNegator = (t: Token): boolean => NEGATORS.has(t.word) || (t.tags.has('Negative') && t.word !== 'nothing');

function startsClause(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return false;
  if (BOUNDARY_PUNCTUATION.test(prev.post)) return true;
  if (!OPENERS.has(t.word)) return false;
  // "have since added": an adverb inside a verb group opens nothing.
  if (prev.tags.has('Auxiliary') || prev.tags.has('Modal') || AUXILIARIES.has(prev.word)) return false;
  if (t.word === 'so') return !!next && !next.tags.has('Adjective') && !next.tags.has('Adverb') && next.word !== 'much';
  // "inform you that…", "assure you that…": after a verb of telling and its object, "that" opens the message.
  const told = prev.tags.has('Pronoun') && /^(?:inform|informed|tell|told|advise|advised|assure|assured|remind|reminded|notify|notified|show|showed|promise|promised)$/.test(tokens[i - 2]?.word ?? '');
  if (t.word === 'that') return prev.tags.has('Verb') || prev.tags.has('Adjective') || prev.word === 'sorry' || told;
  if (t.word === 'as') return !!next && (next.tags.has('Pronoun') || next.tags.has('Verb') || next.tags.has('Determiner'));
  // "It looks like your message got lost": after a verb of seeming, "like" opens a clause; elsewhere it is a word.
  if (t.word === 'like') return /^(?:look|looks|looked|seem|seems|seemed|sound|sounds|sounded|feel|feels|felt)$/.test(prev.word);
  if (t.word === 'and' || t.word === 'or' || t.word === 'then') return !!next && (isVerb(next) || next.tags.has('Pronoun') || next.tags.has('Adverb'));
  return true;
}

function classifyNounPhrase(words: string[], head: string, lexicon: Lexicon): Actor {
  const pair = words.slice(Math.max(0, words.indexOf(head) - 1), words.indexOf(head) + 1).join(' ');
  // "our hosting provider NimbusCloud": a party named after its kind is still that party.
  const named = words.slice(0, -1).some((w) => lexicon.thirdParties.has(w)) && lexicon.thirdParties.has(head);
  const isParty = lexicon.thirdParties.has(head) || lexicon.thirdParties.has(pair) || named;
  const isThing = lexicon.things.has(head) || lexicon.things.has(pair);
  // "one of our estimators": a single colleague, whatever the noun.
  if (words[0] === 'one' && words[1] === 'of' && (words[2] === 'our' || words[2] === 'my' || words[2] === 'the') && (!lexicon.writerGroups.has(head) || lexicon.staff.has(head))) return 'third-party';
  if (words[0] === 'our' || words[0] === 'my') {
    if (lexicon.writerGroups.has(head)) return 'writer';
    if (isParty || lexicon.staff.has(head)) return 'third-party';
    if (isThing) return 'thing';
    return 'writer';
  }
  if (words.some((w) => lexicon.writerNames.has(w))) return 'writer';
  if (isParty || lexicon.staff.has(head)) return 'third-party';
  if (isThing) return 'thing';
  return 'other';
}

/** Who the subject tokens name. */
export function classifyActor(subject: Token[], lexicon: Lexicon): Actor {
  // "the courier's van", "our provider's settings": the owner is the actor.
  const kept = subject.filter((t) => t.word !== '' && !t.tags.has('Adverb'));
  const words = kept.map((t) => t.word.replace(/['’]s$/, ''));
  if (words.length === 0) return 'none';
  // The head noun, or the owner when there is one: "our provider's settings" → provider.
  const owner = [...kept].reverse().find((t) => /['’]s$/.test(t.word) || t.post === "'s");
  const head = owner ? owner.word.replace(/['’]s$/, '') : (words[words.length - 1] as string);
  const first = words[0] as string;
  if (subject.some((t) => t.placeholder)) {
    // "{{ company }} apologises": a placeholder subject is most often the sender.
    return words.length === 1 ? 'other' : classifyNounPhrase(words, head, lexicon);
  }
  // "sorry we", "Hi Leo, I": a personal pronoun closest to the verb is the subject.
  const pronoun = [...words].reverse().find((w) => WRITER_PRONOUNS.has(w) || CUSTOMER_PRONOUNS.has(w));
  if (pronoun && words[words.length - 1] === pronoun) return WRITER_PRONOUNS.has(pronoun) ? 'writer' : 'customer';
  if (WRITER_PRONOUNS.has(first) || (words.length > 1 && words.every((w) => WRITER_PRONOUNS.has(w) || w === 'and' || w === 'both' || w === 'all'))) {
    return 'writer';
  }
  if (CUSTOMER_PRONOUNS.has(first)) return 'customer';
  if (words.length === 1 && DUMMY_SUBJECTS.has(first)) return 'none';
  if (first === 'your') {
    const rest = words.slice(1);
    if (rest.some((w) => lexicon.thirdParties.has(w))) return 'third-party';
    if (rest.some((w) => w === 'team' || w === 'requirements' || w === 'instructions' || w === 'choice')) return 'customer';
    return 'other';
  }
  // "the team's requirements", "the courier's van": the owner is the actor.
  return classifyNounPhrase(words, head, lexicon);
}

/**
 * Where a clause's verb group starts: the first verb that is not a modifier
 * inside the subject ("every timed order", "a file containing names", "the
 * contractor I use"). -1 when the clause has no verb.
 */
function verbGroupStart(body: Token[]): number {
  // "the missed appointment": a participle between a determiner and a noun is an adjective.
  const adjectival = (i: number): boolean => {
    const prev = body[i - 1];
    const next = body[i + 1];
    const t = body[i] as Token;
    if (!prev || !next || isAuxiliary(t) || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
    if (prev.tags.has('Determiner') || prev.tags.has('Possessive')) return true;
    // "our cloud hosting provider": a gerund between nouns names a kind of thing.
    return t.tags.has('Gerund') && prev.tags.has('Noun') && !prev.tags.has('Pronoun');
  };
  // "a file containing names was made public": a gerund or participle right after a noun,
  // with a finite verb later, modifies the noun.
  const reducedRelative = (i: number): boolean => {
    const t = body[i] as Token;
    const prev = body[i - 1];
    if (!prev || !prev.tags.has('Noun') || prev.tags.has('Pronoun') || isAuxiliary(t)) return false;
    if (!(t.tags.has('Gerund') || t.tags.has('Participle'))) return false;
    return body.slice(i + 1).some((u, j) => isAuxiliary(u) || isFinite(u, body[i + j]));
  };
  // "The contractor I normally use has let me down": a noun, then a pronoun and its verb, then the real verb.
  const relative = (i: number): boolean => {
    let j = i - 1;
    while (j >= 0 && (body[j] as Token).tags.has('Adverb')) j--;
    const pronoun = body[j];
    const noun = body[j - 1];
    if (!pronoun || !noun || !SUBJECT_WORDS.has(pronoun.word) || !noun.tags.has('Noun') || noun.tags.has('Pronoun')) return false;
    if (noun.post !== '' || isAuxiliary(body[i] as Token)) return false;
    return body.slice(i + 1).some((u, k) => AUXILIARIES.has(u.word) || isFinite(u, body[i + k]));
  };
  return body.findIndex((t, i) => isVerb(t) && !(t.tags.has('Gerund') && i === 0) && !adjectival(i) && !reducedRelative(i) && !relative(i));
}

/**
 * The subject: the noun phrase right before the verb, stopping at a comma, a
 * preposition or a greeting ("Hi Leo, I'm…", "On Friday we…").
 */
function readSubject(body: Token[], v: number): Token[] {
  const subject: Token[] = [];
  for (let i = v - 1; i >= 0; i--) {
    const t = body[i] as Token;
    // Step over a relative clause inside the subject: "the contractor [I normally use] has…".
    if (isVerb(t) && !isAuxiliary(t)) {
      let j = i - 1;
      while (j >= 0 && (body[j] as Token).tags.has('Adverb')) j--;
      if (j >= 1 && SUBJECT_WORDS.has((body[j] as Token).word) && (body[j - 1] as Token).tags.has('Noun')) {
        i = j;
        continue;
      }
    }
    // The comma that closes an appositive right before the verb does not end the subject ("StayLink, did not…").
    // "No card data was exposed": compromise tags a determiner "no" as an expression.
    const determinerNo = t.word === 'no' && (body[i + 1]?.tags.has('Noun') ?? false) && !/[,!]/.test(t.post);
    if ((/[,;:—–]/.test(t.post) && i !== v - 1) || (t.tags.has('Expression') && !determinerNo) || (t.tags.has('Preposition') && t.word !== 'of')) break;
    subject.unshift(t);
  }
  // "Our booking partner, StayLink, did not…": a name in apposition takes the noun before it along.
  const start = v - subject.length;
  const lead = body[start - 1];
  if (subject.length > 0 && subject.every((t) => t.tags.has('ProperNoun')) && lead && /,/.test(lead.post) && lead.tags.has('Noun')) {
    for (let i = start - 1; i >= 0; i--) {
      const t = body[i] as Token;
      if ((i !== start - 1 && /[,;:—–]/.test(t.post)) || t.tags.has('Expression') || t.tags.has('Preposition') || isVerb(t)) break;
      subject.unshift(t);
    }
  }
  return subject;
}

interface VerbGroup {
  verbs: Token[];
  mainVerb: Token | null;
}

/**
 * The verb group: auxiliaries, negation and adverbs up to and including the
 * first main verb ("have stopped" in "have stopped taking bookings").
 */
function readVerbGroup(body: Token[], v: number): VerbGroup {
  const verbs: Token[] = [];
  let mainVerb: Token | null = null;
  let lastAux: Token | null = null;
  for (let i = v; v >= 0 && i < body.length; i++) {
    const t = body[i] as Token;
    const next = body[i + 1];
    if (isAuxiliary(t) && next && (isVerb(next) || isNegator(next) || next.tags.has('Adverb') || INNER_ADVERBS.has(next.word) || isParticipleLike(next, t) || BE_FORMS.has(t.word))) {
      verbs.push(t);
      lastAux = t;
      continue;
    }
    if (verbs.length > 0 && (isNegator(t) || t.tags.has('Adverb') || INNER_ADVERBS.has(t.word))) {
      verbs.push(t);
      continue;
    }
    if (isVerb(t) || (lastAux && isParticipleLike(t, lastAux))) {
      verbs.push(t);
      mainVerb = t;
      // A phrasal particle belongs to its verb ("messed up", "turn up").
      if (next?.tags.has('Particle') && next.word !== 'to') verbs.push(next);
    }
    break;
  }
  // "was down", "is out": a particle after be is a state; the verb is be.
  if (mainVerb?.tags.has('Particle') && lastAux && BE_FORMS.has(lastAux.word)) mainVerb = lastAux;
  // A group of auxiliaries alone ("we didn't", "that is") has its last auxiliary as its verb.
  mainVerb ??= [...verbs].reverse().find((t) => isVerb(t) && !isNegator(t)) ?? null;
  return { verbs, mainVerb };
}

function readTense({ verbs, mainVerb }: VerbGroup, modal: string, body: Token[]): Clause['tense'] {
  const words = verbs.map((t) => t.word);
  if (verbs.length === 0) return 'none';
  if (modal === 'will' || modal === 'shall' || (words.includes('going') && body.some((t) => t.word === 'to'))) return 'future';
  const hasHave = words.some((w) => w === 'have' || w === 'has' || w === "'ve");
  if (hasHave && mainVerb && !['have', 'has', "'ve"].includes(mainVerb.word)) return 'perfect';
  if (verbs[0] && isAuxiliary(verbs[0])) return /^(?:was|were|did|had|'d|got)$/.test(verbs[0].word) ? 'past' : 'present';
  if (verbs.some((t) => t.tags.has('PastTense'))) return 'past';
  return 'present';
}

/** be/get + participle, with no adjective reading; and who the by-phrase names, if anyone. */
function readVoice({ verbs, mainVerb }: VerbGroup, tokens: Token[], lexicon: Lexicon): { passive: boolean; byActor: Actor | null } {
  if (!mainVerb || verbs.length < 2) return { passive: false, byActor: null };
  const beIndex = verbs.findIndex((t) => BE_FORMS.has(t.word));
  const participle = mainVerb.tags.has('PastTense') || mainVerb.tags.has('Participle') || /(?:ed|en|wn|ft|lt|nt)$/.test(mainVerb.word);
  const passive = beIndex >= 0 && beIndex < verbs.indexOf(mainVerb) && participle && !ADJECTIVAL_PARTICIPLES.has(mainVerb.word) && !mainVerb.tags.has('Gerund');
  if (!passive) return { passive, byActor: null };
  const after = tokens.slice(tokens.indexOf(mainVerb) + 1);
  const by = after.findIndex((t) => t.word === 'by');
  if (by < 0) return { passive, byActor: null };
  const phrase: Token[] = [];
  for (const t of after.slice(by + 1)) {
    if (isVerb(t) || t.tags.has('Preposition')) break;
    phrase.push(t);
    if (/[,;.]/.test(t.post)) break;
  }
  // "by mistake", "by Friday": a by-phrase that names no one is not an agent.
  const named = phrase.filter((t) => !t.tags.has('Date') && !['mistake', 'accident', 'error', 'hand', 'email', 'post', 'phone', 'text'].includes(t.word));
  return { passive, byActor: named.length > 0 ? classifyActor(named, lexicon) : null };
}

/** Reads the grammar of one clause's tokens. */
function readClause(tokens: Token[], opener: string, openerLength: number, lexicon: Lexicon): Clause {
  const body = tokens.slice(openerLength);
  const v = verbGroupStart(body);
  const subject = readSubject(body, v);
  const group = v >= 0 ? readVerbGroup(body, v) : { verbs: [], mainVerb: null };
  const { verbs, mainVerb } = group;
  const negated = verbs.some(isNegator) || subject.some((t) => ['nobody', 'no', 'nothing', 'none', 'neither'].includes(t.word));
  const modal = verbs.map((t) => t.word).find((w) => MODALS.has(w)) ?? '';
  const { passive, byActor } = readVoice(group, tokens, lexicon);
  // slice(): an array grown by push/unshift keeps room for 17 items; the copy holds only its own.
  return {
    first: (tokens[0] as Token).index,
    last: (tokens[tokens.length - 1] as Token).index,
    opener,
    subject: subject.slice(),
    actor: passive ? 'none' : classifyActor(subject, lexicon),
    verbs: verbs.slice(),
    verb: mainVerb,
    negated,
    tense: readTense(group, modal, body),
    modal,
    passive,
    byActor,
    conditional: false,
  };
}

const NOMINAL = ['Determiner', 'Noun', 'Adjective', 'Possessive', 'Pronoun', 'Value', 'ProperNoun', 'Date'];
const isFinite = (t: Token, prev: Token | undefined): boolean =>
  isAuxiliary(t) || (isVerb(t) && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && prev?.word !== 'to' && !t.tags.has('Infinitive'));

/**
 * "I can see the appointment was moved", "our records show a text was sent":
 * a complement clause without "that". When a verb group is followed by a noun
 * phrase and then a second finite verb, the noun phrase starts a new clause.
 */
function splitComplement(piece: Token[]): Token[][] | null {
  const first = piece.findIndex((t) => isVerb(t));
  if (first < 0) return null;
  let i = first;
  while (i < piece.length && (isVerb(piece[i] as Token) || isNegator(piece[i] as Token) || INNER_ADVERBS.has((piece[i] as Token).word))) i++;
  // "sorry we charged you": a predicate adjective ends the first clause, it does not open the second.
  while (i < piece.length && (piece[i] as Token).tags.has('Adjective') && !(piece[i] as Token).tags.has('Noun')) i++;
  const nounStart = i;
  while (i < piece.length && NOMINAL.some((tag) => (piece[i] as Token).tags.has(tag)) && !isVerb(piece[i] as Token)) i++;
  const nouns = piece.slice(nounStart, i);
  const next = piece[i];
  if (nouns.length === 0 || !next || !nouns.some((t) => t.tags.has('Noun')) || !isFinite(next, piece[i - 1])) return null;
  // "we sent you the wrong size": an object pronoun then a noun is a double object, not a new subject.
  if (nouns[0]?.tags.has('Pronoun') && !nouns[0].tags.has('Possessive') && nouns.length > 1) return null;
  // "the canvas you liked": a noun then a subject pronoun is a relative clause inside the object.
  if (nouns.some((t, k) => k > 0 && t.tags.has('Pronoun') && !t.tags.has('Possessive') && (nouns[k - 1] as Token).tags.has('Noun') && !(nouns[k - 1] as Token).tags.has('Pronoun'))) return null;
  // "pay back your travel costs": after "your X" a present -s word is more often a noun than a verb.
  if (nouns[0]?.tags.has('Possessive') && next.tags.has('PresentTense') && !isAuxiliary(next)) return null;
  const rest = splitComplement(piece.slice(nounStart));
  return [piece.slice(0, nounStart), ...(rest ?? [piece.slice(nounStart)])];
}

/** Clauses of one sentence's tokens, in order. */
export function readClauses(tokens: Token[], lexicon: Lexicon): Clause[] {
  const words = tokens.filter((t) => !t.quoted);
  if (words.length === 0) return [];
  const pieces: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    if (current.length > 0 && startsClause(words, i)) {
      pieces.push(current);
      current = [];
    }
    current.push(words[i] as Token);
  }
  if (current.length > 0) pieces.push(current);
  for (let i = 0; i < pieces.length; i++) {
    const split = splitComplement(pieces[i] as Token[]);
    if (split) pieces.splice(i, 1, ...split);
  }

  // A piece with no verb ("On Friday,", "names and addresses") is not a clause: join it to a neighbour.
  const merged: Token[][] = [];
  pieces.forEach((piece, i) => {
    const prev = merged[merged.length - 1];
    const next = pieces[i + 1];
    // "…, Jens, misread the sheet": a name set off by commas is the subject of the verb that follows.
    const namesNext = !piece.some(isVerb) && piece.every((t) => t.tags.has('ProperNoun')) && !!next && isVerb(next[0] as Token);
    if (prev && !prev.some(isVerb)) merged[merged.length - 1] = [...prev, ...piece];
    else if (prev && !piece.some(isVerb) && !namesNext && !OPENERS.has((piece[0] as Token).word)) merged[merged.length - 1] = [...prev, ...piece];
    else merged.push(piece);
  });

  const clauses: Clause[] = [];
  for (const piece of merged) {
    // "and if…", "but because…": the subordinator is what governs the clause.
    const [head, second] = piece as [Token, Token | undefined];
    let opener = '';
    let openerLength = 0;
    if (second && COORDINATORS.has(head.word) && OPENERS.has(second.word) && !COORDINATORS.has(second.word) && piece.length > 2) {
      opener = second.word;
      openerLength = 2;
    } else if (OPENERS.has(head.word) && piece.length > 1 && !(head.word === 'that' && clauses.length === 0)) {
      opener = head.word;
      openerLength = 1;
    }
    // "The guy who is responsible for releases mistook the fork": read the main clause around the relative one.
    const relative = opener === '' ? relativeInSubject(piece) : null;
    const read = readClause(relative ? relative.main : piece, opener, openerLength, lexicon);
    if (relative) {
      read.first = (piece[0] as Token).index;
      read.last = (piece[piece.length - 1] as Token).index;
    }
    const prev = clauses[clauses.length - 1];
    // "we refunded it and resent it": the second verb shares the first subject.
    if (read.subject.length === 0 && !read.passive && prev && ['and', 'or', 'but', 'then', 'so', ''].includes(opener) && read.verbs.length > 0 && !(read.verbs[0] as Token).tags.has('Imperative')) {
      read.actor = prev.actor;
      read.subject = prev.subject;
    }
    // "Will fix shortly.", "Merged and tagged.", "Pushed a fix": informal writing drops the subject, which is the writer.
    if (clauses.length === 0 && opener === '' && impliesWriter(piece, read)) read.actor = 'writer';
    // Not `{ ...read, conditional: false }`: V8 gives every object made by that spread its own hidden class (~400 bytes each).
    clauses.push(read);
  }

  // A condition governs its own clause and the main clause it attaches to.
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as Clause;
    if (!CONDITIONAL_OPENERS.has(c.opener)) continue;
    c.conditional = true;
    const before = clauses[i - 1];
    const after = clauses[i + 1];
    if (i === 0 || isFrontedCondition(tokens, c)) {
      if (after) after.conditional = true;
    } else if (before && !triggersSafeguard(c, before) && !inParentheses(tokens, before, c)) {
      before.conditional = true;
    }
  }
  return clauses.slice();
}

/**
 * "I've rebooked him for 4pm (or Saturday if that suits better)": a condition
 * in brackets governs only what is in them. Tokens keep the punctuation after
 * a word, so a bracket closing after the condition, with none closing before
 * it, shows that the condition sits inside one.
 */
function inParentheses(tokens: Token[], main: Clause, condition: Clause): boolean {
  const closesAfter = tokens.some((t) => t.index >= condition.first && t.post.includes(')'));
  const closesBefore = tokens.some((t) => t.index >= main.first && t.index < condition.first && t.post.includes(')'));
  return closesAfter && !closesBefore;
}

const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

/**
 * A relative clause inside the subject: "the courier who delivered it left it
 * outside", "everyone who is entitled to a refund will get one". The subject
 * noun phrase, a relative pronoun, its own verb group and what it governs,
 * then a second finite verb with nothing joining it: that verb is the main
 * clause's, and the relative clause is read around.
 */
function relativeInSubject(piece: Token[]): { main: Token[] } | null {
  const k = piece.findIndex((t) => RELATIVE_PRONOUNS.has(t.word));
  if (k < 1 || k > 6) return null;
  const head = piece.slice(0, k);
  if (!head.some((t) => t.tags.has('Noun')) || head.some((t) => isVerb(t) && !t.tags.has('Noun'))) return null;
  let v = k + 1;
  while (v < piece.length && !isVerb(piece[v] as Token)) v++;
  while (v < piece.length && (isVerb(piece[v] as Token) || isNegator(piece[v] as Token))) v++;
  for (let j = v + 1; j < piece.length; j++) {
    const t = piece[j] as Token;
    const before = piece[j - 1] as Token;
    if (COORDINATORS.has(before.word) || before.word === 'to' || before.tags.has('Pronoun')) continue;
    if (isFinite(t, before) && !t.tags.has('Gerund') && !t.tags.has('Participle')) return { main: [...head, ...piece.slice(j)] };
  }
  return null;
}

/** Subjects that stand for anyone at all: a condition on them describes a rule, not a doubt. */
const GENERIC_SUBJECTS = new Set(['anyone', 'anybody', 'someone', 'somebody', 'a user', 'users', 'a customer', 'customers', 'people', 'a member']);

/**
 * "We will add a warning if anyone tries to delete a card": a trailing
 * condition on a generic subject says when a safeguard acts; the writer's
 * commitment itself holds unconditionally.
 */
function triggersSafeguard(condition: Clause, main: Clause): boolean {
  const subject = condition.subject.map((t) => t.word).join(' ');
  return main.actor === 'writer' && main.tense === 'future' && GENERIC_SUBJECTS.has(subject);
}

/**
 * A sentence that opens on its verb group, past or future, with no subject:
 * the writer's telegraphic "Will fix shortly" or "Reverted the change". An
 * opening present-tense verb is an imperative ("Send us…") and a participle
 * after a noun is a heading ("Update: resolved"), so neither counts.
 */
function impliesWriter(piece: Token[], clause: Clause): boolean {
  if (clause.subject.some((t) => !INNER_ADVERBS.has(t.word)) || clause.passive || !clause.verb || clause.actor !== 'none') return false;
  // "Just muted the bot", "Also reverted the change": an adverb may come first.
  const lead = piece.find((t) => t.text !== '' && !t.tags.has('Interjection') && !t.tags.has('Expression') && !INNER_ADVERBS.has(t.word));
  if (!lead || lead !== clause.verbs[0]) return false;
  if (clause.tense === 'future') return true;
  return (clause.tense === 'past' || clause.tense === 'perfect') && (lead.tags.has('PastTense') || AUXILIARIES.has(lead.word)) && !lead.tags.has('Adjective');
}

/** "…, and if anything changes I'll tell you": the condition comes before its main clause. */
function isFrontedCondition(tokens: Token[], clause: Clause): boolean {
  const i = tokens.findIndex((t) => t.index === clause.first);
  const prev = tokens[i - 1];
  const opener = tokens[i];
  return !prev || /[,;:—–]/.test(prev.post) || (!!opener && COORDINATORS.has(opener.word));
}
