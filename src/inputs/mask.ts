// The last step of every input: template syntax and inline markup are not
// prose, in whatever file they appear (a .txt macro is a template too).
// They are overwritten with filler of the same length, so every offset the
// analysis reports still points into the extracted text.
//
// A placeholder that stands for a value ({{ name }}, [Customer Name], ${amount})
// becomes a capitalised dummy word, so the sentence around it still parses
// ("Hi Xxxxxx, we refunded Xxxxxx"); template logic ({% if %}, {{#each}}),
// template and HTML comments, and Markdown syntax become spaces.

export interface Masked {
  text: string;
  /** [start, end) spans of value placeholders: a name, never prose. */
  placeholders: Array<[number, number]>;
}

import type { Extraction } from './extraction.js';
import { blocks } from './scan.js';

export interface MaskOptions {
  /** Extra placeholder patterns (regular expression sources) from configuration. */
  placeholderPatterns?: string[];
}

/**
 * Comments, as opener and closer, each ending at the first closer after its
 * opener: found by a scan that stays linear when openers are never closed
 * ('<!--' a million times), where a lazy /<!--[\s\S]*?-->/ rescanned the rest
 * of the text from each. Blanked out entirely, before the tags below.
 */
const COMMENT_BLOCKS: Array<[RegExp, RegExp]> = [
  [/\{%-?\s*comment\s*-?%\}/g, /\{%-?\s*endcomment\s*-?%\}/g], // Liquid
  [/\{%-?\s*#/g, /-?%\}/g], // Liquid inline comment
  [/\{#/g, /#\}/g], // Jinja / Nunjucks, also over several lines
  [/\{\{!--/g, /--\}\}/g], // Handlebars block comments
  [/\{\{!/g, /\}\}/g], // Handlebars / Mustache
  [/<!--/g, /-->/g], // HTML comments
];

/** Template logic: blanked out entirely. */
const LOGIC_PATTERNS: RegExp[] = [
  /\{%-?[^%]*?-?%\}/g, // Liquid / Jinja / Nunjucks tags
  /\{\{\s*[#/^>][^{}]*\}\}/g, // Handlebars / Mustache sections and partials
  /\{\{\s*else\s*\}\}/g,
];

/** Values: replaced by a dummy name of the same length. */
const VALUE_PATTERNS: RegExp[] = [
  /\{\{\{[^{}]*\}\}\}/g, // {{{ raw }}}
  /\{\{[^{}]*\}\}/g, // {{ name }}
  /\$\{[^{}\n]*\}/g, // ${order_id}
  /\{[A-Za-z_][\w.]*(?:\s*\|[^{}\n]*)?\}|\{\s+[A-Za-z_][\w.]*\s+\}/g, // {first_name}, { name }
  /%[A-Za-z_][\w.]*%/g, // %name%
  /\[[A-Za-z_][\w .'-]{0,40}\](?!\()/g, // [Customer Name], but not a Markdown link's text
  /<[A-Z][A-Z0-9_ ]*>/g, // <NAME>
  /https?:\/\/[^\s)>\]]+/g, // URLs are addresses, not words
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, // e-mail addresses
];

/** Markdown syntax that is not words: emphasis markers, link targets, heading hashes. */
const MARKUP_PATTERNS: RegExp[] = [
  // A target holds no bracket, and link text is bounded: '[a](' repeated stays linear.
  /\]\([^()[\]\s]*\)/g, // ](target) of a link: keep the link text, drop the target
  /(?<=^|\s)\[(?=[^\]\n]{1,300}\]\()/gm, // the opening bracket of a link
  /\*\*|__/g, // bold markers
  /`[^`\n]*`/g, // inline code is not prose
];

/** The filler for [start, end): a dummy name or spaces, keeping line breaks. */
function filler(text: string, start: number, end: number, withName: boolean): string {
  // keep line structure
  return text.slice(start, end).replace(/[^\n\r]/g, (_, i: number) => (withName ? (i === 0 ? 'X' : 'x') : ' '));
}

export function maskTemplates(text: string, options: MaskOptions = {}): Masked {
  // The spans to overwrite, [start, end, withName]; they never overlap (claim). An
  // array of the text's characters would cost 8 bytes a character (80 MB for 10 MB).
  const edits: Array<[number, number, boolean]> = [];
  const placeholders: Array<[number, number]> = [];
  const taken = new Uint8Array(text.length);
  const claim = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    taken.fill(1, start, end);
    return true;
  };
  for (const [open, close] of COMMENT_BLOCKS) {
    for (const block of blocks(text, open, close)) if (claim(block.start, block.end)) edits.push([block.start, block.end, false]);
  }
  for (const pattern of LOGIC_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claim(start, end)) edits.push([start, end, false]);
    }
  }
  const extra = (options.placeholderPatterns ?? []).map((source) => new RegExp(source, 'g'));
  for (const pattern of [...extra, ...VALUE_PATTERNS]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || !claim(start, end)) continue;
      // A name is one word: a multi-line match would swallow the line break.
      if (/[\n\r]/.test(m[0])) continue;
      edits.push([start, end, true]);
      placeholders.push([start, end]);
    }
  }
  for (const pattern of MARKUP_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (claim(start, end)) edits.push([start, end, false]);
    }
  }
  placeholders.sort((a, b) => a[0] - b[0]);
  edits.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end, withName] of edits) {
    pieces.push(text.slice(at, start), filler(text, start, end, withName));
    at = end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), placeholders };
}

/** What the inputs hand the analysis: the prose, its masked copy, and what the format knows of its blocks. */
export interface Prose {
  /** The extracted text: every offset the analysis reports is into this. */
  text: string;
  /** `text` with placeholders, template syntax and inline markup overwritten, same length. */
  masked: string;
  placeholders: Array<[number, number]>;
  headings: Array<[number, number]>;
}

export function prepareProse(extraction: Extraction, options: MaskOptions = {}): Prose {
  const masked = maskTemplates(extraction.text, options);
  return { text: extraction.text, masked: masked.text, placeholders: masked.placeholders, headings: extraction.headings ?? [] };
}
