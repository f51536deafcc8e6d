// A JSON export's nodes, built straight from the text (src/inputs/json-nodes.ts,
// issue 13: yaml's parseDocument took ~750 MB for 100,000 macros), are those
// yaml's parser gives: the same maps, lists and values, each at the same place.
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonNodes } from '../dist/src/inputs/json-nodes.js';

function shape(node: unknown): unknown {
  if (isMap(node)) return { map: node.items.map((pair) => [shape(pair.key), shape(pair.value)]) };
  if (isSeq(node)) return { seq: node.items.map(shape) };
  if (isScalar(node)) return { value: node.value, at: node.range?.slice(0, 2), quoted: node.type === 'QUOTE_DOUBLE' };
  return node;
}

describe('jsonNodes', () => {
  it('gives the nodes, values and ranges yaml gives, for any JSON with any spacing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const expected = shape(parseDocument(text, { uniqueKeys: false }).contents as YamlNode);
        expect(shape(jsonNodes(text))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an export nested 100,000 deep without running out of stack', () => {
    const text = `${'['.repeat(100_000)}"sorry"${']'.repeat(100_000)}`;
    let node: unknown = jsonNodes(text);
    for (let depth = 0; depth < 100_000; depth++) node = isSeq(node) ? node.items[0] : undefined;
    expect(isScalar(node) && node.value).toBe('sorry');
  });
});
