// `node dist/src/snapshot/build-main.js`: what refresh.ts starts in the
// background on first use. One build at a time per installed copy: a second
// start meanwhile finds the lock and leaves it alone.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, lockIsHeld, lockPath } from './build.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function takeLock(): boolean {
  try {
    writeFileSync(lockPath(root), `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch {
    if (lockIsHeld(root)) return false;
    writeFileSync(lockPath(root), `${process.pid}\n`);
    return true;
  }
}

if (takeLock()) {
  try {
    const result = buildSnapshot(root);
    if (!result.ok) {
      process.stderr.write(`apology-lint: no startup snapshot (${result.reason})\n`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(lockPath(root), { force: true });
  }
}
