// Running the real CLI in a child process, as a user would, for the tests of
// configs, inputs, formatters and integrations.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

export const root = resolve(import.meta.dirname, '..');
export const bin = join(root, 'bin', 'apology-lint.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string | undefined>; timeout?: number } = {},
): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.GITHUB_STEP_SUMMARY;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    // A run that hangs is killed (status null) rather than hang the test run.
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh folder with these files (path → content) in it. */
export function tree(files: Record<string, string>, prefix = 'apology-lint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  filePath: string;
  draft?: string;
  score: number;
  grade: string;
  parts: Record<string, boolean>;
  minScore?: number;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

export function parseReport(run: Run): JsonResult[] {
  try {
    return JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`not a JSON report (exit ${run.status}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 500)}`);
  }
}

/** The text of the file between a message's start and end (1-based lines and columns). */
export function spanText(source: string, m: Pick<JsonMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const lines = source.split(/(?<=\n)/);
  const offset = (line: number, column: number): number =>
    lines.slice(0, line - 1).reduce((sum, l) => sum + l.length, 0) + column - 1;
  return source.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

/** An I/O, usage or config failure: exit 2, one line on stderr naming the problem, no stack, no report. */
export function expectUsageError(run: Run, mentions: RegExp): void {
  expect(run.stderr).toMatch(mentions);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^apology-lint: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/** Drafts whose findings are known and stable. */
export const POOR = 'Hi Sam,\n\nUnfortunately the courier lost your parcel. Sorry for any inconvenience.\n';
export const HEDGED =
  "Hi Sam,\n\nI'm sorry we sent your order late; that was our mistake. It seems there may have been an issue with the label. " +
  "I've refunded the delivery fee today. I know you needed it for the weekend. We now check every label before it ships.\n";
