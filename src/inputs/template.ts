// Templates (.liquid, .hbs, .mustache, .j2, .njk). The analysis already reads
// placeholders as names and blanks template tags; here the comment blocks
// whose bodies the tag patterns cannot see ({% comment %}…{% endcomment %},
// {% raw %} markers) are blanked, and the HTML most templates produce is
// stripped as in an .html file.
import { blank, compose, inPlace, type Extraction } from './extraction.js';
import { extractHtml } from './html.js';

const COMMENT_BLOCKS: RegExp[] = [
  /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, // Liquid
  /\{%-?\s*#[\s\S]*?-?%\}/g, // Liquid inline comment
  /\{#[\s\S]*?#\}/g, // Jinja / Nunjucks, also over several lines
  /\{\{!--[\s\S]*?--\}\}/g, // Handlebars
  /\{\{![\s\S]*?\}\}/g, // Handlebars / Mustache
];

export function extractTemplate(source: string): Extraction {
  const chars = Array.from({ length: source.length }, (_, i) => source[i] as string);
  for (const pattern of COMMENT_BLOCKS) {
    for (const m of source.matchAll(pattern)) blank(chars, m.index, m.index + m[0].length);
  }
  const withoutComments = chars.join('');
  // Same length so far: the HTML pass maps straight onto the file.
  return compose(inPlace(withoutComments), extractHtml(withoutComments));
}
