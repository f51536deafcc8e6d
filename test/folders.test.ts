// A folder argument lints everything it holds, or says what it could not
// read (issue 13): an unreadable subfolder was skipped without a word (exit
// 0), and a file whose name is not valid UTF-8 could not be read at all, which
// aborted the whole folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, root, tree } from './helpers.js';

const POOR = "Sorry for any inconvenience, but the courier lost it, not us.\n";

/**
 * The CLI as a user without rights to what is chmod-ed away: root reads any
 * folder, so as root it runs as nobody (uid 65534). Where nobody cannot reach
 * the clone (a CI checkout under /root), it runs a copy of the built package
 * (bin, dist, package.json: the bundle needs nothing else) from a folder
 * anyone may enter.
 */
let runnable: string | undefined;
function binForNobody(as: { uid: number; gid: number }): string {
  if (runnable) return runnable;
  const reach = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)}, 4)`], as);
  if (reach.status === 0) return (runnable = bin);
  const copy = mkdtempSync(join(tmpdir(), 'apology-lint-nobody-'));
  chmodSync(copy, 0o755);
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', copy]);
  return (runnable = join(copy, 'bin', 'apology-lint.js'));
}

function asUser(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const isRoot = process.getuid?.() === 0;
  const as = isRoot ? { uid: 65534, gid: 65534 } : {};
  const program = isRoot ? binForNobody(as as { uid: number; gid: number }) : bin;
  const run = spawnSync(process.execPath, [program, ...args], { cwd, encoding: 'utf8', ...as });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder a user other than root can enter: drafts in ok/, and sub/ that nobody may read. */
function withUnreadable(extra: Record<string, string> = {}): string {
  const dir = tree({ 'drafts/ok/a.txt': POOR, 'drafts/sub/b.txt': POOR, ...extra });
  for (const folder of ['', 'drafts', 'drafts/ok']) chmodSync(join(dir, folder), 0o755);
  for (const file of ['drafts/ok/a.txt', ...Object.keys(extra)]) chmodSync(join(dir, file), 0o644);
  chmodSync(join(dir, 'drafts', 'sub'), 0o000);
  return dir;
}

describe('an unreadable subfolder of a folder argument', () => {
  it('is an error naming it, exit 2, not a silent pass', () => {
    const run = asUser(['--no-config-lookup', '--format', 'json', 'drafts'], withUnreadable());
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot read folder 'drafts/sub': permission denied (ignore it to lint the rest)\n");
  });

  it('is skipped when it is ignored', () => {
    const run = asUser(['--no-config-lookup', '--format', 'json', 'drafts'], withUnreadable({ '.apologylintignore': 'drafts/sub/\n' }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.endsWith('/drafts/ok/a.txt'))).toEqual([true]);
  });
});

describe('a file whose name is not valid UTF-8', () => {
  it('is linted with the rest of its folder, its name shown with U+FFFD', () => {
    const dir = tree({ 'drafts/a.txt': POOR });
    writeFileSync(Buffer.from(join(dir, 'drafts', 'bad\xff.txt'), 'latin1'), POOR);
    mkdirSync(Buffer.from(join(dir, 'drafts', 'caf\xe9'), 'latin1'));
    writeFileSync(Buffer.from(join(dir, 'drafts', 'caf\xe9', 'c.txt'), 'latin1'), POOR);
    const run = cli(['--no-config-lookup', '--format', 'json', 'drafts'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const names = JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(names.sort()).toEqual(['drafts/a.txt', 'drafts/bad\uFFFD.txt', 'drafts/caf\uFFFD/c.txt']);
  });
});
