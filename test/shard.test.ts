// --shard i/n splits one run across CI matrix jobs: every draft is linted by
// exactly one shard, the shards' JSON reports joined in order are the report
// of the unsharded run, and the run fails (exit 1) exactly when some shard does.
import { describe, expect, it } from 'vitest';
import { HEDGED, POOR, cli, expectUsageError, parseReport, tree } from './helpers.js';

const drafts: Record<string, string> = {};
for (let i = 1; i <= 7; i++) drafts[`drafts/${i}.txt`] = i === 3 || i === 6 ? POOR : HEDGED;
drafts['drafts/8.json'] = JSON.stringify([{ title: 'Eight', actions: [{ field: 'comment_value', value: POOR }] }]);
const dir = tree(drafts);

describe('--shard', () => {
  it('the shards lint every draft once, and their JSON reports joined are the unsharded one', () => {
    const whole = cli(['-f', 'json', 'drafts/'], { cwd: dir });
    for (const n of [1, 2, 3, 8]) {
      const shards = Array.from({ length: n }, (_, i) => cli(['-f', 'json', '--shard', `${i + 1}/${n}`, 'drafts/'], { cwd: dir }));
      const joined = shards.flatMap((run) => parseReport(run));
      expect(joined, `${n} shards`).toEqual(parseReport(whole));
      const sizes = shards.map((run) => parseReport(run).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      // The run fails when a shard does, and only then.
      expect(Math.max(...shards.map((run) => run.status ?? 99))).toBe(whole.status);
    }
  });

  it('a shard of drafts that all pass exits 0, one with a failing draft 1', () => {
    // 8 files in 4 shards: [1,2] [3,4] [5,6] [7,8]; 3 and 6 are poor, 8 holds a poor macro.
    expect([1, 2, 3, 4].map((i) => cli(['-f', 'json', '--shard', `${i}/4`, 'drafts/'], { cwd: dir }).status)).toEqual([0, 1, 1, 1]);
  });

  it('more shards than drafts leaves some empty: an empty report and exit 0', () => {
    const run = cli(['-f', 'json', '--shard', '1/9', 'drafts/3.txt'], { cwd: dir });
    expect(parseReport(run)).toEqual([]);
    expect(run.status).toBe(0);
    expect(parseReport(cli(['-f', 'json', '--shard', '9/9', 'drafts/3.txt'], { cwd: dir }))).toHaveLength(1);
  });

  it('refuses a malformed shard, and every shard fails a pattern that matches nothing', () => {
    for (const bad of ['0/2', '3/2', '1/0', 'one/two', '1-2']) expectUsageError(cli(['--shard', bad, 'drafts/'], { cwd: dir }), /--shard.*expected i\/n/);
    for (const i of [1, 2]) expectUsageError(cli(['--shard', `${i}/2`, 'drafts/', 'missing/*.txt'], { cwd: dir }), /missing\/\*\.txt/);
  });
});
