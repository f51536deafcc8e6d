// A JSON export as the `yaml` package's nodes (maps, lists, scalars with their
// place in the file), built straight from the text. yaml's own parseDocument
// reads JSON too, but keeps a concrete syntax tree behind every node: a
// 6.8 MB export of 100,000 macros took about 750 MB that way. The text is
// known to be valid JSON (JSON.parse has read it) before this runs.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';

const LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

export function jsonNodes(source: string): YamlNode | null {
  let i = 0;
  const space = (): void => {
    while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r' || source[i] === '\t')) i++;
  };
  const string = (): Scalar<string> => {
    const start = i++;
    let escaped = false;
    while (source[i] !== '"') {
      if (source[i] === '\\') {
        escaped = true;
        i++;
      }
      i++;
    }
    i++;
    const raw = source.slice(start, i);
    const node = new Scalar(escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1));
    node.type = Scalar.QUOTE_DOUBLE;
    node.range = [start, i, i];
    return node;
  };
  // A loop with an explicit stack, not recursion: an export nested 100,000 deep is still JSON.
  const value = (): YamlNode => {
    space();
    const c = source[i];
    if (c === '"') return string();
    if (c !== '{' && c !== '[') {
      LITERAL.lastIndex = i;
      const literal = LITERAL.exec(source)?.[0] ?? '';
      const node = new Scalar(JSON.parse(literal) as unknown);
      node.range = [i, i + literal.length, i + literal.length];
      i += literal.length;
      return node;
    }
    return collection();
  };
  const collection = (): YamlNode => {
    const root: YAMLMap | YAMLSeq = source[i] === '{' ? new YAMLMap() : new YAMLSeq();
    const stack: Array<{ node: YAMLMap | YAMLSeq; key?: Scalar }> = [{ node: root }];
    root.range = [i, i, i];
    i++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: YAMLMap | YAMLSeq; key?: Scalar };
      space();
      if (source[i] === ',') {
        i++;
        space();
      }
      if (source[i] === '}' || source[i] === ']') {
        i++;
        top.node.range = [top.node.range?.[0] ?? 0, i, i];
        stack.pop();
        continue;
      }
      let key: Scalar | undefined;
      if (top.node instanceof YAMLMap) {
        key = string();
        space();
        i++; // ':'
      }
      space();
      const c = source[i];
      let child: YamlNode;
      if (c === '{' || c === '[') {
        child = c === '{' ? new YAMLMap() : new YAMLSeq();
        child.range = [i, i, i];
        i++;
      } else child = value();
      if (top.node instanceof YAMLMap) top.node.items.push(new Pair(key, child));
      else top.node.items.push(child);
      if (child instanceof YAMLMap || child instanceof YAMLSeq) stack.push({ node: child });
    }
    return root;
  };
  space();
  return i < source.length ? value() : null;
}
