// The public API: `import { lintText, lintFiles, loadFormatter } from 'apology-lint'`.
export { lintText, lintSource, NotDraftsError, type LintOptions, type RuleSetting } from './lint.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
export { loadFormatter, formatterNames, type Formatter, type FormatterContext } from './formatters/index.js';
export { UserError } from './errors.js';
export type { LexiconAdditions } from './analysis/lexicon.js';
export type { FieldsConfig } from './inputs/structured.js';
export type { InputFormat } from './inputs/formats.js';
export type * from './types.js';
