// `--shard i/n`: one CI matrix job lints the i-th of n slices of the inputs.
// Slices are contiguous runs of the inputs in order, their sizes differing by
// at most one, so the shards' JSON reports, joined in shard order, are the
// report of one run over everything.
import type { Shard } from './program.js';

export function shardOf<T>(inputs: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * inputs.length) / shard.count);
  const end = Math.floor((shard.index * inputs.length) / shard.count);
  return inputs.slice(start, end);
}
