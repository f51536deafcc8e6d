// A problem with what the user asked for (an option, a path, a file's
// content) rather than a bug: the CLI prints its message as one line and
// exits 2, as ESLint does for usage and I/O errors.
const USER_ERROR = Symbol.for('apology-lint.UserError');

export class UserError extends Error {
  override name = 'UserError';
  readonly [USER_ERROR] = true;

  // The linter may come from a bundle or the startup snapshot (src/load-linter.ts),
  // with its own copy of this class: recognise a UserError by its mark, not its prototype.
  // Subclasses (NotDraftsError) keep the ordinary prototype test.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== UserError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[USER_ERROR] === true;
  }
}

const RULE_ERROR = Symbol.for('apology-lint.RuleError');

/**
 * A rule (a plugin's, or a built-in's bug) threw on one draft. The message
 * names the rule and its plugin; the CLI reports it as one line, lints the
 * other files, and exits 2.
 */
export class RuleError extends Error {
  override name = 'RuleError';
  readonly [RULE_ERROR] = true;

  // Marked, not tested by prototype, for the same reason as UserError.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RULE_ERROR] === true;
  }
}

/** Words for the file-system errors a user can fix, instead of Node's codes. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'EIO':
      return 'input/output error';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
