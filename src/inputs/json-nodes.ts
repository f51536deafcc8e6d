// A JSON export as the `yaml` package's nodes (maps, lists, scalars with their
// place in the file), built straight from the text. yaml's own parseDocument
// reads JSON too, but keeps a concrete syntax tree behind every node: a
// 6.8 MB export of 100,000 macros took about 750 MB that way. The text is
// known to be valid JSON (JSON.parse has read it) before this runs.
import { Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';

const LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

export function jsonNodes(source: string): YamlNode | null {
  const at = skipSpace(source, 0);
  return at < source.length ? jsonNodeAt(source, at).node : null;
}

/** The nodes of the one JSON value that starts at `from`, and the offset just past it. */
export function jsonNodeAt(source: string, from: number): { node: YamlNode; end: number } {
  let i = from;
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
  const node = value();
  return { node, end: i };
}

function skipSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r' || source[i] === '\t')) i++;
  return i;
}

/** The offset just past the JSON value at `from`, building nothing (brackets counted, strings skipped). */
function skipValue(source: string, from: number): number {
  let i = from;
  let depth = 0;
  do {
    const c = source[i];
    if (c === '"') {
      i++;
      while (source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '{' || c === '[') {
      depth++;
      i++;
    } else if (c === '}' || c === ']') {
      depth--;
      i++;
    } else if (depth > 0) i++;
    else {
      LITERAL.lastIndex = i;
      i += LITERAL.exec(source)?.[0].length ?? 1;
    }
  } while (depth > 0 && i < source.length);
  return i;
}

/** The key at `from` (a JSON string), decoded, and the offset past it. */
function keyAt(source: string, from: number): { key: string; end: number } {
  const end = skipValue(source, from);
  const raw = source.slice(from, end);
  return { key: raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1), end };
}

/** Each item of the JSON list at `from`, built one at a time: a caller that drops each keeps only one in memory. */
function* listItems(source: string, from: number): Generator<YamlNode> {
  let i = skipSpace(source, from + 1);
  while (source[i] !== ']') {
    const { node, end } = jsonNodeAt(source, i);
    yield node;
    i = skipSpace(source, end);
    if (source[i] === ',') i = skipSpace(source, i + 1);
  }
}

/**
 * Where a Zendesk export's macros are, read lazily: the items of a list at the
 * top, or of the top object's first `macros` key when it is a list, built one
 * at a time; else the `macro` object, or the top object as one macro; nothing
 * for a value that is neither. The same choices as zendeskDrafts makes on the
 * whole tree, without the whole tree (for 100,000 macros it took ~220 MB).
 */
export function jsonMacros(source: string): Iterable<YamlNode> {
  const start = skipSpace(source, 0);
  if (source[start] === '[') return listItems(source, start);
  if (source[start] !== '{') return [];
  let macros: number | undefined;
  let macro: number | undefined;
  let i = skipSpace(source, start + 1);
  while (source[i] === '"') {
    const { key, end } = keyAt(source, i);
    const value = skipSpace(source, skipSpace(source, end) + 1); // past ':'
    if (key === 'macros') macros ??= value;
    if (key === 'macro') macro ??= value;
    i = skipSpace(source, skipValue(source, value));
    if (source[i] === ',') i = skipSpace(source, i + 1);
  }
  if (macros !== undefined && source[macros] === '[') return listItems(source, macros);
  if (macro !== undefined && source[macro] === '{') return [jsonNodeAt(source, macro).node];
  return [jsonNodeAt(source, start).node];
}
