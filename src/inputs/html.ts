// HTML (and the HTML inside templates and macro exports): tags, comments,
// scripts and styles are not prose. Tags become spaces; a block-level tag
// starts a new line so that paragraphs stay apart; a heading's span is handed
// to the layout as a heading; entities are decoded, each standing for its whole `&…;`.
import { ExtractionBuilder, type Extraction } from './extraction.js';
import { NextMatch } from './scan.js';

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'blockquote', 'section',
  'article', 'header', 'footer', 'hr', 'pre', 'dl', 'dt', 'dd', 'main', 'aside', 'nav', 'body', 'html', 'figure',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', agrave: 'à',
  ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', euro: '€', pound: '£', middot: '·', bull: '•',
};

/** Elements skipped whole, with their content. */
const SKIPPED_ELEMENT = /<(script|style|head|template)\b/iy;
const DOCTYPE = /<!doctype/iy;
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*?\/?>/iy;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/iy;

/** `keepUpperCaseTags`: `<NAME>` is a placeholder in a macro, not an HTML element. */
export function extractHtml(source: string, { keepUpperCaseTags = true } = {}): Extraction {
  const out = new ExtractionBuilder();
  let copiedTo = 0;
  let i = 0;
  const flush = (to: number): void => {
    if (to > copiedTo) out.copy(source, copiedTo, to);
  };
  const skipped = skipper(source);
  let headingFrom: number | undefined;
  while (i < source.length) {
    const c = source[i];
    if (c === '<') {
      const end = skipped(i);
      if (end !== undefined) {
        flush(i);
        out.put(source.slice(i, end).replace(/[^\r\n]/g, ' '), i, end);
        i = copiedTo = end;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(source);
      const name = tag?.[2] ?? '';
      if (tag && !(keepUpperCaseTags && !tag[1] && name === name.toUpperCase() && /^<[A-Z][A-Z0-9_ ]*>$/.test(tag[0]))) {
        flush(i);
        const end = i + tag[0].length;
        const lower = name.toLowerCase();
        const raw = source.slice(i, end);
        // The same length as the tag, line breaks kept: spaces, and a line break
        // in front for a block or a heading.
        let filler = raw.replace(/[^\r\n]/g, ' ');
        const heading = /^h[1-6]$/.test(lower);
        if (BLOCK_TAGS.has(lower) || heading) filler = `\n${filler.slice(1)}`;
        if (heading && tag[1] && headingFrom !== undefined) {
          out.heading(headingFrom, out.size);
          headingFrom = undefined;
        }
        out.put(filler, i, end);
        if (heading && !tag[1]) headingFrom = out.size;
        // put() maps the filler as a whole; that is right for text nobody reads.
        i = copiedTo = end;
        continue;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(source);
      const decoded = entity ? decodeEntity(entity) : undefined;
      if (entity && decoded !== undefined) {
        flush(i);
        const end = i + entity[0].length;
        out.put(decoded, i, end);
        i = copiedTo = end;
        continue;
      }
    }
    i++;
  }
  flush(source.length);
  if (headingFrom !== undefined) out.heading(headingFrom, out.size);
  return out.build();
}

/**
 * Where what is skipped whole (a script, style, head or template element, a
 * comment, a doctype) that starts at `i` ends, if it is closed. The closers
 * are searched for with NextMatch: an unclosed `<style x` or `<!--` repeated
 * made the lazy regex this replaces quadratic.
 */
function skipper(source: string): (i: number) => number | undefined {
  const tagEnd = new NextMatch(source, />/g);
  const commentEnd = new NextMatch(source, /-->/g);
  const elementEnds = new Map<string, NextMatch>();
  return (i) => {
    if (source.startsWith('<!--', i)) {
      // A comment never closed runs to the end of the file, as browsers read it.
      const close = commentEnd.from(i + 4);
      return close ? close.index + 3 : source.length;
    }
    DOCTYPE.lastIndex = i;
    if (DOCTYPE.test(source)) {
      const close = tagEnd.from(i);
      return close ? close.index + 1 : undefined;
    }
    SKIPPED_ELEMENT.lastIndex = i;
    const element = SKIPPED_ELEMENT.exec(source);
    if (!element) return undefined;
    const opened = tagEnd.from(i + element[0].length);
    if (!opened) return undefined;
    const name = (element[1] as string).toLowerCase();
    let ends = elementEnds.get(name);
    if (!ends) elementEnds.set(name, (ends = new NextMatch(source, new RegExp(`</${name}\\s*>`, 'gi'))));
    const close = ends.from(opened.index + 1);
    return close ? close.index + close[0].length : undefined;
  };
}

function decodeEntity(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2] as string, 16);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    const text = String.fromCodePoint(code);
    // A character outside the BMP is two UTF-16 units; both stand for the entity.
    return code === 0xa0 ? ' ' : text;
  }
  return NAMED_ENTITIES[(m[3] as string).toLowerCase()];
}
