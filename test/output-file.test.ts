// `-o FILE` never loses a draft or breaks what it names (issue 13): the
// target is compared with the drafts by device and inode, a device, FIFO or
// /dev/stdout is written in place, a read-only file is refused, and the
// temporary file cannot be redirected by a link planted at a guessable name.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, root, tree } from './helpers.js';

const DRAFT = 'Sorry.\n';
const args = ['--no-config-lookup', '--format', 'json'];

describe('-o never writes over a draft', () => {
  it('not through a symbolic link to the draft', () => {
    const dir = tree({ 'a.txt': DRAFT });
    symlinkSync('a.txt', join(dir, 'l.txt'));
    const run = cli([...args, 'l.txt', '-o', 'a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: will not write the report over 'a.txt', a draft being linted\n");
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DRAFT);
  });

  it('nor when -o names the draft through a link', () => {
    const dir = tree({ 'a.txt': DRAFT });
    symlinkSync('a.txt', join(dir, 'l.txt'));
    const run = cli([...args, 'a.txt', '-o', 'l.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DRAFT);
  });

  it('nor through a symbolically linked folder, either way', () => {
    const dir = tree({ 'real/a.txt': DRAFT });
    symlinkSync('real', join(dir, 'linked'));
    for (const [input, output] of [['linked/a.txt', 'real/a.txt'], ['real/a.txt', 'linked/a.txt'], ['linked', 'real/a.txt']] as const) {
      const run = cli([...args, input, '-o', output], { cwd: dir });
      expect(run.status, `${input} -o ${output}`).toBe(2);
      expect(run.stderr).toContain('a draft being linted');
      expect(readFileSync(join(dir, 'real', 'a.txt'), 'utf8')).toBe(DRAFT);
    }
  });
});

describe('-o writes what is not a regular file in place', () => {
  it('a FIFO stays a FIFO, and its reader gets the report', async () => {
    const dir = tree({ 'a.txt': DRAFT });
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    const reader = spawn('cat', [join(dir, 'pipe')]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString()));
    const readerDone = new Promise<void>((resolve) => reader.on('exit', () => resolve()));
    const run = cli([...args, 'a.txt', '-o', 'pipe'], { cwd: dir });
    const isFifo = lstatSync(join(dir, 'pipe')).isFIFO();
    if (!isFifo) reader.kill();
    await readerDone;
    expect(isFifo).toBe(true);
    expect(run.status).toBe(1);
    expect(JSON.parse(read)[0].filePath).toBe(join(dir, 'a.txt'));
  });

  it('a link to /proc/self/fd/1 (as /dev/stdout is) prints the report and stays a link', () => {
    const dir = tree({ 'a.txt': DRAFT });
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const run = cli([...args, 'a.txt', '-o', 'stdout'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].filePath).toBe(join(dir, 'a.txt'));
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });

  it('a link to a report file is followed: the file gets the report, the link stays', () => {
    const dir = tree({ 'a.txt': DRAFT, 'reports/old.json': '[]' });
    symlinkSync('reports/old.json', join(dir, 'latest.json'));
    const run = cli([...args, 'a.txt', '-o', 'latest.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'old.json'), 'utf8'))[0].filePath).toBe(join(dir, 'a.txt'));
  });
});

describe('-o refuses, with one line and exit 2', () => {
  it('a read-only file (even for root), which is left as it was', () => {
    const dir = tree({ 'a.txt': DRAFT, 'kept.json': 'keep me' });
    chmodSync(join(dir, 'kept.json'), 0o444);
    const run = cli([...args, 'a.txt', '-o', 'kept.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot write the report to 'kept.json': permission denied (it is read-only)\n");
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('keep me');
  });

  it('a folder', () => {
    const dir = tree({ 'a.txt': DRAFT });
    mkdirSync(join(dir, 'out'));
    const run = cli([...args, 'a.txt', '-o', 'out'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("apology-lint: cannot write the report to 'out': is a directory\n");
  });
});

describe('the temporary report file', () => {
  it('is created exclusively: a link planted at <out>.<pid>.tmp does not redirect the write', async () => {
    const dir = tree({ 'a.txt': DRAFT, 'victim.txt': 'precious' });
    const out = join(dir, 'report.json');
    symlinkSync(join(dir, 'victim.txt'), `${out}.${process.pid}.tmp`);
    // In this process, so that its pid is the one the link was planted for.
    const { main } = (await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href)) as { main: (a: string[]) => Promise<number> };
    const status = await main([...args, join(dir, 'a.txt'), '-o', out]);
    expect(status).toBe(1);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].filePath).toBe(join(dir, 'a.txt'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') && !name.includes(String(process.pid)))).toEqual([]);
  });

  it('keeps the mode of the report it replaces', () => {
    const dir = tree({ 'a.txt': DRAFT, 'report.json': '[]' });
    chmodSync(join(dir, 'report.json'), 0o640);
    const run = cli([...args, 'a.txt', '-o', 'report.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(lstatSync(join(dir, 'report.json')).mode & 0o777).toBe(0o640);
  });
});
