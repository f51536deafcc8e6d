// --format html in a real browser: Debian's chromium, driven by playwright-core
// through its executable path. The page loads with no console error, sorting
// by score and the rule filter work, each finding's highlight covers exactly
// its words, a draft's markup is shown as text (never run), and a screenshot
// is taken. Needs chromium (apt-get install chromium; .ci/run installs it):
// without it the tests are skipped and say so, except under CI, where they
// fail.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, parseReport, spanText, tree } from './helpers.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const executablePath = CANDIDATES.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
const required = Boolean(process.env.CI);
const runs = executablePath !== undefined || required;
const needs = executablePath ? `in ${executablePath}` : required ? 'REQUIRED under CI: chromium not found' : 'SKIPPED: needs chromium (apt-get install chromium)';
if (!runs) process.stderr.write(`test/html-browser.test.ts: ${needs}\n`);

const GOOD = "Hi Sam,\n\nI'm sorry we sent your order to the wrong address; that was our mistake. I've sent a replacement today by express and refunded the delivery fee. I know you needed it for the weekend. We now check every address against your account before we print the label.\n";
const HOSTILE_TITLE = '<script>alert("title")</script> & </pre>';
const files: Record<string, string> = {
  'a-poor.txt': POOR,
  'b-hedged.md': HEDGED,
  'c-good.txt': GOOD,
  'd-<b>odd</b> "name".txt': `${POOR}<img src=x onerror=alert(1)>\n`,
  'e-macros.json': JSON.stringify([{ title: HOSTILE_TITLE, actions: [{ field: 'comment_value', value: HEDGED }] }], null, 2),
};
const dir = tree(files);
const order = Object.keys(files);
const report = join(dir, 'report.html');
const screenshot = join(dir, 'report.png');

describe(`--format html in a real browser (${needs})`, () => {
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!runs) return;
    if (!executablePath) throw new Error('chromium is required under CI and was not found: apt-get install -y chromium (.ci/run does)');
    const run = cli(['-f', 'html', '-o', 'report.html', ...order], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => (problems.push(`dialog: ${dialog.message()}`), void dialog.dismiss()));
    page.on('request', (request) => !request.url().startsWith('file:') && problems.push(`fetched ${request.url()}`));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const shownPaths = (): Promise<string[]> =>
    page.$$eval('section.draft:not([hidden]) .path', (nodes) => nodes.map((n) => n.textContent ?? ''));

  it.skipIf(!runs)('loads with no console error, no dialog and nothing fetched, one section per draft', async () => {
    expect(await page.title()).toBe('apology-lint report');
    expect(await shownPaths()).toEqual(order);
    expect(problems).toEqual([]);
  });

  it.skipIf(!runs)("shows a draft's markup and a file name's tags as text, and runs no script but its own", async () => {
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.$$eval('img', (nodes) => nodes.length)).toBe(0);
    expect(await page.textContent('#d4 .title')).toBe(`› ${HOSTILE_TITLE}`);
    expect(await page.textContent('#d3 .path')).toBe('d-<b>odd</b> "name".txt');
    expect(await page.textContent('#d3 pre.text')).toContain('<img src=x onerror=alert(1)>');
  });

  it.skipIf(!runs)("highlights exactly each finding's words in the draft's text", async () => {
    const results = parseReport(cli(['-f', 'json', ...order], { cwd: dir }));
    let checked = 0;
    for (const [d, result] of results.entries()) {
      const source = readFileSync(result.filePath, 'utf8');
      for (const [k, m] of result.messages.entries()) {
        const highlighted = await page.$$eval(`#d${d} mark`, (marks, k) => marks.filter((mark) => mark.dataset.findings?.split(' ').includes(String(k))).map((mark) => mark.textContent).join(''), k);
        expect(highlighted, `${result.filePath} ${m.ruleId} ${m.line}:${m.column}`).toBe(spanText(source, m));
        if (highlighted !== '') checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    // The message and the suggestion sit beside the words: the hedge in b-hedged.md.
    const hedge = page.locator('#d1 li.finding[data-rule="hedging"]').first();
    expect(await hedge.textContent()).toMatch(/Hedges: “It seems”.*→ /s);
  });

  it.skipIf(!runs)('sorts by score both ways, and back to the order linted', async () => {
    const scores = (): Promise<number[]> => page.$$eval('section.draft', (nodes) => nodes.map((n) => Number((n as HTMLElement).dataset.score)));
    await page.selectOption('#sort', 'score-asc');
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(new Set(ascending).size).toBeGreaterThan(1);
    await page.selectOption('#sort', 'score-desc');
    const descending = await scores();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await page.textContent('section.draft .path')).toBe('c-good.txt');
    await page.selectOption('#sort', 'input');
    expect(await shownPaths()).toEqual(order);
  });

  it.skipIf(!runs)('filters by rule: only drafts with that finding, only its findings, the rest of the words unmarked', async () => {
    await page.selectOption('#rule', 'hedging');
    expect(await shownPaths()).toEqual(['b-hedged.md', 'e-macros.json']);
    expect(await page.$$eval('section.draft:not([hidden]) li.finding:not([hidden])', (nodes) => [...new Set(nodes.map((n) => (n as HTMLElement).dataset.rule))])).toEqual(['hedging']);
    expect(await page.textContent('#shown')).toBe('2 of 5 drafts shown');
    expect(await page.$$eval('#d1 mark:not(.dim)', (marks) => marks.map((m) => m.textContent))).toEqual(['It seems', 'may have']);
    await page.selectOption('#rule', '');
    expect(await shownPaths()).toEqual(order);
    expect(problems).toEqual([]);
  });

  it.skipIf(!runs)('takes a screenshot of the page', async () => {
    await page.screenshot({ path: screenshot, fullPage: true });
    const png = readFileSync(screenshot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    writeFileSync(join(dir, 'screenshot-path.txt'), screenshot);
    process.stdout.write(`html report screenshot: ${screenshot}\n`);
  });
});
