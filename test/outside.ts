// Tests that need something from outside the project (a program such as the
// real pre-commit, or ../shared beside the clone). `npm test` must pass with
// only Node installed, so they are skipped where it is absent, and say so in
// their name and in the output; under CI (the env var CI set: .ci/run installs
// and lays out all of them) they always run, so a missing one fails there.
import { spawnSync } from 'node:child_process';

export interface Outside {
  /** Skip the tests: absent, and not under CI. */
  skip: boolean;
  /** For the test's name: what it needs, and whether it is there. */
  label: string;
}

export function outside(what: string, present: boolean, howToGet: string): Outside {
  const skip = !present && !process.env.CI;
  if (skip) console.warn(`skipped: tests that need ${what}, absent here (${howToGet}); they are required when CI is set`);
  return { skip, label: present ? `(needs ${what})` : `(needs ${what}: absent${skip ? ', skipped' : ', required under CI'})` };
}

/** Whether a program runs here (`program --version` exits 0). */
export function hasProgram(program: string): boolean {
  const found = spawnSync(program, ['--version'], { encoding: 'utf8' });
  return !found.error && found.status === 0;
}
