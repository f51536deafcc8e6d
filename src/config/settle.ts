// A config, a JavaScript `extends` or a plugin that never settles must be an
// error, never a hang or a silent exit 0. Two cases:
// - nothing else is running (`export default new Promise(() => {})`, a
//   top-level await that never resolves): Node's event loop drains, and the
//   CLI (src/cli/main.ts, on 'beforeExit') names the load still pending, at
//   once and with no time limit;
// - something keeps the loop alive (a `setInterval` in the module): the loop
//   never drains, so a bound is needed. It is generous (real configs and
//   plugins load in well under a second) and can be raised with
//   APOLOGY_LINT_LOAD_TIMEOUT=SECONDS, as the README says.
import { UserError } from '../errors.js';
import { whileLoading } from '../import-module.js';

export const DEFAULT_LOAD_TIMEOUT_SECONDS = 30;

/** The bound in seconds: APOLOGY_LINT_LOAD_TIMEOUT when it is a positive number, else the default. */
export function loadTimeoutSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.APOLOGY_LINT_LOAD_TIMEOUT);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_LOAD_TIMEOUT_SECONDS;
}

/**
 * `load()` (an import, or the promise a config exports), named for messages
 * ("config 'x.mjs'", "plugin './acme.mjs' (of config '.apologylintrc.json')").
 * The timer is unref'd: it never keeps the process alive by itself, so the
 * drain case is still caught at once.
 */
export function settled<T>(named: string, load: () => Promise<T>): Promise<T> {
  const seconds = loadTimeoutSeconds();
  return whileLoading(
    named,
    () =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new UserError(
              `${named} never finished loading: still unsettled after ${seconds} s, while something (a timer?) keeps it running (raise the limit with APOLOGY_LINT_LOAD_TIMEOUT=SECONDS)`,
            ),
          );
        }, seconds * 1000);
        timer.unref();
        load().then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      }),
  );
}
