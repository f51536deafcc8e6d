// How bin/apology-lint.js starts (the shell launcher bin/apology-lint hands
// over to it when it cannot tell that the snapshot fits, for example when
// `node` on the PATH is a wrapper script, as in a pre-commit environment).
import { existsSync } from 'node:fs';
import { runInChild } from './child.js';
import { refreshSnapshotInBackground } from './refresh.js';
import { blobPath, fitsThisNode, readStamp } from './stamp.js';

/**
 * Runs the CLI in a child node started from the snapshot when it fits this
 * node (the child checks the compiled files against it), and says so; else
 * has one built in the background for the next start and returns false.
 */
export function startFromSnapshot(root: string, script: string, args: string[]): boolean {
  // V8 refuses a snapshot made under other flags.
  if (process.env.APOLOGY_LINT_SNAPSHOT === '0' || process.execArgv.length > 0 || process.env.NODE_OPTIONS) return false;
  const stamp = readStamp(root);
  if (stamp && existsSync(blobPath(root)) && fitsThisNode(stamp)) {
    runInChild(['--snapshot-blob', blobPath(root), script, ...args]);
    return true;
  }
  refreshSnapshotInBackground(root);
  return false;
}
