// Templates (.liquid, .hbs, .mustache, .j2, .njk). The analysis already reads
// placeholders as names and blanks template tags; here the comment blocks
// whose bodies the tag patterns cannot see ({% comment %}…{% endcomment %},
// {% raw %} markers) are blanked, and the HTML most templates produce is
// stripped as in an .html file.
import { blank, compose, inPlace, type Extraction } from './extraction.js';
import { extractHtml } from './html.js';
import { blocks } from './scan.js';

/** Comment blocks as [opener, closer]; each ends at the first closer after its opener (src/inputs/scan.ts). */
const COMMENT_BLOCKS: Array<[RegExp, RegExp]> = [
  [/\{%-?\s*comment\s*-?%\}/g, /\{%-?\s*endcomment\s*-?%\}/g], // Liquid
  [/\{%-?\s*#/g, /-?%\}/g], // Liquid inline comment
  [/\{#/g, /#\}/g], // Jinja / Nunjucks, also over several lines
  [/\{\{!--/g, /--\}\}/g], // Handlebars
  [/\{\{!/g, /\}\}/g], // Handlebars / Mustache
];

export function extractTemplate(source: string): Extraction {
  const chars = Array.from({ length: source.length }, (_, i) => source[i] as string);
  for (const [open, close] of COMMENT_BLOCKS) {
    for (const block of blocks(source, open, close)) blank(chars, block.start, block.end);
  }
  const withoutComments = chars.join('');
  // Same length so far: the HTML pass maps straight onto the file.
  return compose(inPlace(withoutComments), extractHtml(withoutComments));
}
