// Property tests (issue 5): lintText on arbitrary Unicode mixed with
// apology-like fragments, emoji, combining marks, right-to-left text,
// zero-width characters, placeholders, Markdown and HTML, very long words
// and lines. Whatever the text: no throw, positions inside it, pattern
// findings over real words, an integer score 0-100, the same result twice,
// and a result that survives JSON. Seeded, so a failure replays; numRuns is
// kept modest so the file runs in seconds (speed is the benchmark's job).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText, type LintResult } from 'apology-lint';

const FRAGMENTS = [
  "I'm sorry we sent your order to the wrong address.",
  'We apologise for any inconvenience this may have caused.',
  'Sorry if you were upset.',
  'Unfortunately the courier lost your parcel',
  'Our records show it was delivered',
  'It was just a small delay.',
  'Mistakes were made.',
  'It seems there may have been an issue',
  "I've refunded the £40 to your card today",
  'We now check every label before it ships.',
  'I know you needed it for the weekend.',
  'This will never happen again!',
  "sorry, but it wasn't our fault",
  'due to unusually high volume',
  'Kind regards,\nSam',
  'Hi {{ customer.first_name }},',
];
const EMOJI = ['💐', '👋🏽', '👨‍👩‍👧‍👦', '🇬🇧', '❤️', '🙏', '😡😡😡'];
const COMBINING = ['e\u0301', 'a\u0308\u0323', 'n\u0303', '\u0301\u0301\u0301', 'Z\u0335\u0336\u0337'];
const RTL = ['مرحبا، نعتذر عن التأخير.', 'אנחנו מצטערים', '\u202Eesrever\u202C', '\u200Fشكرا\u200F'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', 'so\u00ADrry', 'sor\u200Bry'];
const PLACEHOLDERS = ['{{ x }}', '{{name}}', '[Name]', '{% if refund %}', '{% endif %}', '{{#each items}}', '{{/each}}', '{# note #}', '%ORDER_ID%', '${amount}', '<<Agent>>'];
const MARKUP = ['# Sorry', '**bold** apology', '`code`', '```\nsorry()\n```', '> quoted sorry', '- item', '[link](http://x.y)', '<p>', '</p>', '<br/>', '<!-- sorry -->', '&amp;', '&nbsp;', '<script>sorry</script>', '---\ntitle: x\n---'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', ' ', '  ', '\t', '\u2028', '\u00A0'];

const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 5 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.constantFrom(...EMOJI, ...COMBINING, ...RTL, ...ZERO_WIDTH), weight: 2 },
  { arbitrary: fc.constantFrom(...PLACEHOLDERS, ...MARKUP), weight: 2 },
  // Very long words and lines.
  { arbitrary: fc.tuple(fc.constantFrom('a', 'sorry', 'é', '💐', '.', '-', '{{'), fc.integer({ min: 100, max: 3000 })).map(([unit, n]) => unit.repeat(n)), weight: 1 },
  { arbitrary: fc.integer({ min: 20, max: 200 }).map((n) => 'We are sorry that the courier was late, '.repeat(n)), weight: 1 },
);
const draft = fc.array(fc.tuple(fragment, fc.constantFrom(...BREAKS)), { maxLength: 24 }).map((parts) => parts.map(([text, sep]) => text + sep).join(''));
const filePath = fc.constantFrom(undefined, 'reply.txt', 'reply.md', 'reply.html', 'reply.liquid', 'reply.hbs');

/** Line starts as an editor counts them: LF, CRLF and a lone CR end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** A 1-based line and column → an offset, or undefined when it is not inside the text. */
function offsetOf(text: string, starts: number[], line: number, column: number): number | undefined {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || line > starts.length || column < 1) return undefined;
  const start = starts[line - 1] as number;
  const next = line < starts.length ? (starts[line] as number) : text.length;
  // The line's own characters, without its line ending; column may be one past them.
  const lineLength = text.slice(start, next).replace(/\r?\n$|\r$/, '').length;
  return column <= lineLength + 1 ? start + column - 1 : undefined;
}

function check(text: string, path: string | undefined): void {
  const options = path === undefined ? {} : { filePath: path };
  let result: LintResult;
  try {
    result = lintText(text, options);
  } catch (error) {
    throw new Error(`lintText threw on ${JSON.stringify(text.slice(0, 200))} (${path}): ${String(error)}`);
  }
  expect(Number.isInteger(result.score) && result.score >= 0 && result.score <= 100).toBe(true);
  const starts = lineStarts(text);
  for (const m of result.messages) {
    const from = offsetOf(text, starts, m.line, m.column);
    const to = offsetOf(text, starts, m.endLine, m.endColumn);
    expect(from, `${m.ruleId} starts at ${m.line}:${m.column}, outside the text`).toBeDefined();
    expect(to, `${m.ruleId} ends at ${m.endLine}:${m.endColumn}, outside the text`).toBeDefined();
    expect(to as number).toBeGreaterThanOrEqual(from as number);
    if (!m.ruleId.startsWith('missing-') && m.ruleId !== 'unused-disable-directive') {
      // A pattern finding points at words: what it covers is not empty, nor only blanks.
      expect(text.slice(from, to).trim(), `${m.ruleId} at ${m.line}:${m.column} covers nothing`).not.toBe('');
    }
  }
  // The same input always gives the same output, and it survives JSON.
  expect(lintText(text, options)).toEqual(result);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('lintText on arbitrary text', () => {
  it('never throws; positions inside the text; pattern findings cover words; score 0-100; deterministic; JSON-safe', () => {
    fc.assert(fc.property(draft, filePath, (text, path) => check(text, path)), { numRuns: 150, seed: 20261129 });
  }, 90_000);

  it('holds for drafts that are mostly apology-like sentences (more findings to check)', () => {
    const sentences = fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', '\n', '\r\n', '\r', '\n\n'), fc.constantFrom('', ...EMOJI, ...ZERO_WIDTH, ...COMBINING, ...PLACEHOLDERS)), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(sentences, filePath, (parts, path) => check(parts.map(([a, sep, b]) => `${b}${a}${sep}`).join(''), path)),
      { numRuns: 100, seed: 5 },
    );
  }, 90_000);
});
