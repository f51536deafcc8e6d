// Which kind of file a draft is, from its extension, and how its prose is
// taken out of it.
import { extname } from 'node:path';
import { inPlace, type Extraction } from './extraction.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';
import { extractTemplate } from './template.js';

export type InputFormat = 'text' | 'markdown' | 'html' | 'template' | 'json' | 'yaml';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.liquid': 'template',
  '.hbs': 'template',
  '.handlebars': 'template',
  '.mustache': 'template',
  '.j2': 'template',
  '.jinja': 'template',
  '.jinja2': 'template',
  '.njk': 'template',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** What a folder given on the command line lints inside it. */
export const DRAFT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** A file's format; anything unknown (and standard input) is plain text. */
export function formatOf(filePath: string | undefined): InputFormat {
  if (!filePath) return 'text';
  return BY_EXTENSION[extname(filePath).toLowerCase()] ?? 'text';
}

export function isStructured(format: InputFormat): format is 'json' | 'yaml' {
  return format === 'json' || format === 'yaml';
}

/** The prose of a one-draft file. */
export function extractSingle(source: string, format: Exclude<InputFormat, 'json' | 'yaml'>): Extraction {
  switch (format) {
    case 'markdown':
      return extractMarkdown(source);
    case 'html':
      return extractHtml(source);
    case 'template':
      return extractTemplate(source);
    default:
      return inPlace(source);
  }
}
