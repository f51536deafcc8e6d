// The layout of a message: which lines are greetings, headings, sign-offs,
// speaker turns and quoted lines, and which are the body a reader weighs.
// Works on the masked text line by line, before any sentence is parsed.
import type { SentenceRole, Voice } from '../types.js';

export interface Block {
  /** Offsets of the block's prose in the text (after any label or bullet). */
  start: number;
  end: number;
  role: SentenceRole;
  voice: Voice;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const GREETING = /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|to whom it may concern)\b/i;
const SIGNOFF =
  /^\s*(?:(?:(?:best|kind|warm|warmest|many|with|all the)\s+)?(?:regards|wishes|best|thanks|apologies|thanks again)|yours(?: sincerely| truly| faithfully)?|sincerely|thanks|thank you|cheers|take care|speak soon|love|respectfully|best regards|kind regards|with thanks)\b[^.!?]{0,40}[,!.]?\s*$/i;
const HEADING = /^\s*(?:#{1,6}\s|subject\s*:|re\s*:|title\s*:)/i;
const SETEXT = /^\s*(?:=+|-{3,})\s*$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const QUOTE_LINE = /^\s*>/;
/** "[14:02] Customer:", "Agent (Maya):", "Caller:". */
const SPEAKER = /^\s*(?:\[[^\]\n]{1,20}\]\s*)?([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)?)(?:\s*\([^)\n]{1,30}\))?\s*:\s+/;
const CUSTOMER_SPEAKERS = new Set([
  'customer', 'client', 'caller', 'user', 'guest', 'patient', 'tenant', 'member', 'buyer', 'passenger',
  'resident', 'shopper', 'requester', 'visitor', 'reporter',
]);
const WRITER_SPEAKERS = new Set(['agent', 'support', 'rep', 'representative', 'advisor', 'adviser', 'staff', 'operator', 'me', 'host']);
const TERMINAL = /[.!?…:;]["'”’)\]]*\s*$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '' && m.index >= text.length) break;
    const ending = m[0].endsWith('\r\n') ? 2 : /[\r\n]$/.test(m[0]) ? 1 : 0;
    const body = m[0].slice(0, m[0].length - ending);
    lines.push({ start: m.index, end: m.index + body.length, text: body });
  }
  return lines;
}

/** Two to eight words, no end punctuation, every longer word capitalised: "Preventative Measures". */
const sectionTitle = (line: Line): boolean => {
  const ws = line.text.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 8 || TERMINAL.test(line.text) || /[,]$/.test(line.text.trim())) return false;
  return ws.every((w) => w.length <= 3 || /^[A-Z0-9]/.test(w)) && !SIGNOFF.test(line.text) && !GREETING.test(line.text);
};
const blank = (line: Line | undefined): boolean => !line || line.text.trim() === '';
const words = (s: string): number => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/** Is this transcript-style: several lines open with a speaker label? */
const speakerName = (line: Line): string | null => {
  const m = SPEAKER.exec(line.text);
  return m ? ((m[1] ?? '').toLowerCase().split(' ')[0] ?? '') : null;
};

/**
 * Who speaks on a labelled line. Role words decide ("Customer:", "Agent:");
 * in a transcript where one side has a role word, the other names are the
 * other side ("Support:" and "Dana:" make Dana the customer).
 */
function speakerLabel(line: Line, transcript: boolean, names: ReadonlySet<string>): { voice: Voice; length: number } | null {
  const m = SPEAKER.exec(line.text);
  const name = speakerName(line);
  if (!m || name === null) return null;
  const length = m[0].length;
  if (CUSTOMER_SPEAKERS.has(name)) return { voice: 'customer', length };
  if (WRITER_SPEAKERS.has(name)) return { voice: 'writer', length };
  if (!transcript || length >= 30) return null;
  const writerSide = [...names].some((n) => WRITER_SPEAKERS.has(n));
  const customerSide = [...names].some((n) => CUSTOMER_SPEAKERS.has(n));
  if (writerSide && !customerSide) return { voice: 'customer', length };
  return { voice: 'writer', length };
}

/**
 * The signature: walking back from the end, short unpunctuated lines (names,
 * titles, company) and the sign-off line that opens them. The index of its
 * first line, or lines.length when there is none.
 */
function signoffStart(lines: Line[], transcript: boolean): number {
  let i = lines.length - 1;
  while (i >= 0 && blank(lines[i])) i--;
  let from = lines.length;
  for (; i >= 0; i--) {
    const line = lines[i] as Line;
    if (blank(line)) continue;
    // A sign-off is a short line; long lines skip the line-shape patterns entirely.
    // "Apologies for the delay, our system was down." opens like "Apologies," but goes on to say something.
    if (line.text.length <= 200 && SIGNOFF.test(line.text) && (words(line.text) <= 6 || /,\s*$/.test(line.text))) return i;
    if (/,\s*$/.test(line.text) && words(line.text) <= 6 && !GREETING.test(line.text)) return i;
    if (TERMINAL.test(line.text) || words(line.text) > 8 || SPEAKER.test(line.text) && transcript) break;
    from = i;
  }
  // Unpunctuated trailing lines count only when real prose comes before them.
  const prose = lines.slice(0, from).some((l) => !blank(l) && words(l.text) > 3);
  return prose ? from : lines.length;
}

/**
 * `headings`: spans the input format marked as headings (an HTML `<h2>`); a
 * line a heading opens on is a heading whatever its shape.
 */
export function layoutBlocks(masked: string, headings: ReadonlyArray<readonly [number, number]> = []): Block[] {
  const lines = splitLines(masked);
  // Lines are asked in order and the spans are sorted, so one pointer walks both.
  let next = 0;
  const marked = (line: Line): boolean => {
    while (next < headings.length && (headings[next] as readonly [number, number])[0] < line.start) next++;
    return next < headings.length && (headings[next] as readonly [number, number])[0] <= line.end;
  };
  const labelled = lines.filter((l) => SPEAKER.test(l.text)).length;
  const transcript = labelled >= 2;
  const names = new Set(lines.map(speakerName).filter((n): n is string => n !== null));

  const signoffFrom = signoffStart(lines, transcript);

  const blocks: Block[] = [];
  let seenProse = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (blank(line)) continue;
    let start = line.start;
    let role: SentenceRole = 'body';
    let voice: Voice = 'writer';

    if (i >= signoffFrom) role = 'signoff';
    else if (QUOTE_LINE.test(line.text)) voice = 'customer';
    else if (marked(line) || HEADING.test(line.text) || SETEXT.test(lines[i + 1]?.text ?? 'x') && !blank(lines[i + 1])) role = 'heading';
    else if (SETEXT.test(line.text)) continue;
    else if (!seenProse && !TERMINAL.test(line.text) && blank(lines[i + 1]) && !GREETING.test(line.text) && i + 1 < lines.length) {
      // A first line standing alone without punctuation is a title ("Incident: login errors").
      role = 'heading';
    } else if (seenProse && sectionTitle(line) && blank(lines[i - 1]) && (blank(lines[i + 1]) || i + 1 === lines.length)) {
      // A report's section title between paragraphs ("What Happened", "Next Steps").
      role = 'heading';
    }

    const bullet = BULLET.exec(line.text);
    if (bullet && role === 'body') start += bullet[0].length;
    const speaker = role === 'body' || role === 'heading' ? speakerLabel(line, transcript, names) : null;
    if (speaker && !/^subject\b/i.test(line.text.trim())) {
      start += speaker.length;
      voice = speaker.voice;
      role = 'body';
    }
    if (role === 'body' && GREETING.test(line.text.slice(start - line.start)) && words(line.text) <= 6 && /[,!:—-]\s*$|^\s*\S+\s+\S+\s*$/.test(line.text)) {
      role = 'greeting';
    }
    if (role === 'body' && words(line.text) > 0) seenProse = true;
    else if (role === 'greeting') seenProse = seenProse || false;

    // A hard-wrapped sentence continues on the next line when this one stops
    // mid-sentence and the next starts in lower case.
    let end = line.end;
    while (
      role === 'body' &&
      !TERMINAL.test(masked.slice(start, end)) &&
      i + 1 < signoffFrom &&
      !blank(lines[i + 1]) &&
      /^\s*[a-z]/.test(lines[i + 1]?.text ?? '') &&
      !BULLET.test(lines[i + 1]?.text ?? '')
    ) {
      i++;
      end = (lines[i] as Line).end;
    }
    blocks.push({ start, end, role, voice });
  }
  return blocks;
}
