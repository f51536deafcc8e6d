// Templates (.liquid, .hbs, .mustache, .j2, .njk): the HTML most templates
// produce is stripped as in an .html file. Their tags, comments and
// placeholders are masked in every draft, templates or not (./mask.ts).
import type { Extraction } from './extraction.js';
import { extractHtml } from './html.js';

export function extractTemplate(source: string): Extraction {
  return extractHtml(source);
}
