// The public API: `import { lintText, lintFiles, loadFormatter } from 'apology-lint'`.
export { lintText, type LintOptions, type RuleSetting } from './lint.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
export { loadFormatter, type Formatter } from './formatters/index.js';
export { UserError } from './errors.js';
export type * from './types.js';
