// Markdown: the prose stays where it is; front matter, code, HTML, images,
// autolinks and link definitions become spaces (line breaks kept), so every
// offset is still the file's. Headings keep their `#`: the analysis reads a
// `# ` line as a heading, never as a body sentence.
import { blank, inPlace, type Extraction } from './extraction.js';
import { blocks } from './scan.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*\S+.*$/;
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s/;

/** Inline syntax that is not prose, matched after block-level syntax is gone. */
const INLINE: RegExp[] = [
  /(`+)[^`][\s\S]*?\1/g, // inline code, any number of backticks
  // Images: alt text is a description, not the writer's words. Neither part runs past
  // another '[' or '(' on its line, so an unclosed '![' repeated is not quadratic.
  /!\[[^\]\n[]*\]\([^)\n(]*\)/g,
  /<(?:https?|mailto|ftp):[^\s>]+>/gi, // autolinks
  /<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>/g, // e-mail autolinks
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/g, // HTML tags, lower case so that <NAME> stays a placeholder
];

export function extractMarkdown(source: string): Extraction {
  const chars = Array.from({ length: source.length }, (_, i) => source[i] as string);
  const lines = lineSpans(source);
  let i = 0;
  // Front matter: YAML (---) or TOML (+++) at the very top.
  const fmMarker = /^(---|\+\+\+)\s*$/.exec(lineText(source, lines[0]));
  if (fmMarker && lines.length > 1) {
    for (let j = 1; j < lines.length; j++) {
      if (lineText(source, lines[j]).trim() === fmMarker[1]) {
        blank(chars, 0, (lines[j] as [number, number])[1]);
        i = j + 1;
        break;
      }
    }
  }
  let previousBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const span = lines[i] as [number, number];
    const text = lineText(source, span);
    const fence = FENCE.exec(text);
    if (fence) {
      const marker = (fence[1] as string)[0] as string;
      const length = (fence[1] as string).length;
      let j = i + 1;
      while (j < lines.length) {
        const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lineText(source, lines[j]));
        if (close && (close[1] as string)[0] === marker && (close[1] as string).length >= length) break;
        j++;
      }
      const last = lines[Math.min(j, lines.length - 1)] as [number, number];
      blank(chars, span[0], last[1]);
      i = j;
      previousBlank = false;
      continue;
    }
    if (text.trim() === '') {
      previousBlank = true;
      continue;
    }
    if (LIST_ITEM.test(text)) inList = true;
    else if (!/^\s/.test(text)) inList = false;
    if (INDENTED.test(text) && previousBlank && !inList) {
      // An indented code block runs over the following indented or blank lines.
      let j = i;
      while (j + 1 < lines.length && (INDENTED.test(lineText(source, lines[j + 1])) || lineText(source, lines[j + 1]).trim() === '')) j++;
      blank(chars, span[0], (lines[j] as [number, number])[1]);
      i = j;
      continue;
    }
    if (LINK_DEFINITION.test(text)) blank(chars, span[0], span[1]);
    previousBlank = false;
  }
  const partly = chars.join('');
  // Comments (directives live here), in one pass however many are left open. One
  // never closed runs to the end, as an HTML block does in CommonMark: left in
  // the prose, '<!--' repeated was quadratic for the analysis.
  for (const comment of blocks(partly, /<!--/g, /-->/g, { toEnd: true })) blank(chars, comment.start, comment.end);
  for (const pattern of INLINE) {
    for (const m of partly.matchAll(pattern)) {
      // Matches inside what is already blank are harmless; blank() keeps line breaks.
      blank(chars, m.index, m.index + m[0].length);
    }
  }
  return inPlace(chars.join(''));
}

function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0] === '' && m.index >= text.length) break;
    // (?<![\r\n]): tried only where the line break starts, linear on any text.
    spans.push([m.index, m.index + m[0].replace(/(?<![\r\n])[\r\n]+$/, '').length]);
  }
  return spans;
}

function lineText(text: string, span: [number, number] | undefined): string {
  return span ? text.slice(span[0], span[1]) : '';
}
