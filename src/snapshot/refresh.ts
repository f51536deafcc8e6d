// Builds the startup snapshot in the background when a start finds it missing
// or made for another node (an installed copy from a tarball, npx, or
// pre-commit; a node upgrade): this run loads the CLI the ordinary way, the
// next ones start fast. Not under CI (a job runs once; the build would only
// take a core from the lint), with APOLOGY_LINT_SNAPSHOT=0, or where the
// package cannot be written (a global install owned by another user).
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePath, lockIsHeld } from './build.js';

const builder = fileURLToPath(new URL('./build-main.js', import.meta.url));

export function refreshSnapshotInBackground(root: string): boolean {
  const wanted = process.env.APOLOGY_LINT_SNAPSHOT;
  if (wanted === '0' || (process.env.CI && wanted !== '1')) return false;
  const bundles = dirname(bundlePath(root));
  if (!existsSync(bundlePath(root)) || lockIsHeld(root)) return false;
  try {
    accessSync(bundles, constants.W_OK);
  } catch {
    return false;
  }
  const child = spawn(process.execPath, [builder], { detached: true, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
