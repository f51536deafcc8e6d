// Support-macro exports in JSON or YAML: each macro (or canned response) is a
// draft of its own, reported under its title, with positions that point at
// the line and column inside the JSON/YAML file. Both are parsed with the
// `yaml` package, which keeps each value's place in the file; a string's
// characters are then mapped back through its escapes and line folding.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Scalar, type YAMLMap } from 'yaml';
import { UserError } from '../errors.js';
import { compose, ExtractionBuilder, type Extraction } from './extraction.js';
import { extractHtml } from './html.js';
import { jsonMacros, jsonNodes } from './json-nodes.js';
import { extractMarkdown } from './markdown.js';

/** Where the drafts are in a generic JSON/YAML file (the `fields` config key). */
export interface FieldsConfig {
  /** Path to each draft's text: keys joined by dots, `[]` for every item of a list, `*` for every value of a map. */
  text: string;
  /** Key of the title, in the object that holds the text. */
  title?: string;
  /** How to read the text itself: plain (default), Markdown or HTML. */
  format?: 'text' | 'markdown' | 'html';
}

export interface StructuredDraft {
  title: string;
  extraction: Extraction;
  /** The file span of the draft's value. */
  range: [number, number];
}

const ZENDESK_FIELDS = ['comment_value_html', 'comment_value'] as const;

/**
 * The drafts in a JSON/YAML file, or `undefined` when the file is not a
 * Zendesk export and no `fields` say where to look.
 */
export function extractStructured(
  source: string,
  kind: 'json' | 'yaml',
  fields: FieldsConfig | undefined,
  label: string,
): StructuredDraft[] | undefined {
  const drafts = structuredDrafts(source, kind, fields, label);
  if (drafts === undefined) return undefined;
  const all = [...drafts.drafts];
  return drafts.isExport() ? all : undefined;
}

/**
 * The drafts of a JSON/YAML file one at a time, in file order: for a Zendesk
 * JSON export each macro is built, read and dropped before the next, so that
 * an export of a million macros never holds a million macros' nodes. Once
 * `drafts` is consumed, `isExport()` says whether the file was an export at
 * all (a macro with a list of actions); `undefined` at once for a file that
 * cannot be one.
 */
export function structuredDrafts(
  source: string,
  kind: 'json' | 'yaml',
  fields: FieldsConfig | undefined,
  label: string,
): { drafts: Iterable<StructuredDraft>; isExport: () => boolean } | undefined {
  if (kind === 'json') {
    try {
      JSON.parse(source);
    } catch (error) {
      throw new UserError(`cannot parse '${label}' as JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (fields) {
    const root = kind === 'json' ? jsonNodes(source) : yamlNodes(source, label);
    return { drafts: fieldDrafts(source, root, fields, label), isExport: () => true };
  }
  let macros: Iterable<YamlNode>;
  if (kind === 'json') macros = jsonMacros(source);
  else {
    const found = yamlMacros(yamlNodes(source, label));
    if (!found) return undefined;
    macros = found;
  }
  const state = { isExport: false };
  return { drafts: zendeskDrafts(source, macros, state), isExport: () => state.isExport };
}

function yamlNodes(source: string, label: string): YamlNode | null {
  const doc = parseDocument(source, { uniqueKeys: false });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    throw new UserError(`cannot parse '${label}' as YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${first.message.split('\n')[0]}`);
  }
  return doc.contents as YamlNode | null;
}

/** Where a Zendesk export's macros are: a list at the top, its `macros` list, its `macro`, or the top map as one. */
function yamlMacros(root: YamlNode | null): YamlNode[] | undefined {
  if (isSeq(root)) return root.items as YamlNode[];
  if (isMap(root) && isSeq(root.get('macros', true))) return (root.get('macros', true) as unknown as { items: YamlNode[] }).items;
  if (isMap(root) && isMap(root.get('macro', true))) return [root.get('macro', true) as YamlNode];
  if (isMap(root)) return [root];
  return undefined;
}

function* zendeskDrafts(source: string, macros: Iterable<YamlNode>, state: { isExport: boolean }): Generator<StructuredDraft> {
  let index = 0;
  for (const macro of macros) {
    const number = ++index;
    if (!isMap(macro)) continue;
    const actions = macro.get('actions', true);
    if (!isSeq(actions)) continue;
    state.isExport = true;
    let chosen: { node: Scalar; html: boolean } | undefined;
    for (const field of ZENDESK_FIELDS) {
      for (const action of actions.items) {
        if (!isMap(action) || scalarText(action.get('field', true)) !== field) continue;
        let value = action.get('value', true) as YamlNode | undefined;
        // Rich comments are ["channel:all", "text"].
        if (isSeq(value)) value = value.items[value.items.length - 1] as YamlNode | undefined;
        if (isScalar(value) && typeof value.value === 'string') chosen ??= { node: value, html: field === 'comment_value_html' };
      }
    }
    if (!chosen) continue;
    const title = scalarText(macro.get('title', true)) ?? scalarText(macro.get('raw_title', true)) ?? `macro ${number}`;
    yield draftFrom(source, chosen.node, title, chosen.html ? 'html' : 'text');
  }
}

function fieldDrafts(source: string, root: YamlNode | null, fields: FieldsConfig, label: string): StructuredDraft[] {
  const steps = parsePath(fields.text);
  let here: Array<{ node: YamlNode | null | undefined; holder: YAMLMap | undefined; index: number }> = [{ node: root, holder: undefined, index: 0 }];
  for (const step of steps) {
    const next: typeof here = [];
    for (const { node, holder, index } of here) {
      if (step === '[]') {
        if (isSeq(node)) node.items.forEach((item, i) => next.push({ node: item as YamlNode, holder, index: i }));
      } else if (step === '*') {
        if (isMap(node)) node.items.forEach((pair, i) => next.push({ node: pair.value as YamlNode, holder, index: i }));
      } else if (isMap(node)) {
        next.push({ node: node.get(step, true) as YamlNode | undefined, holder: node, index });
      }
    }
    here = next;
  }
  const drafts: StructuredDraft[] = [];
  for (const { node, holder, index } of here) {
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const title = (fields.title && holder ? scalarText(holder.get(fields.title, true)) : undefined) ?? `item ${index + 1}`;
    drafts.push(draftFrom(source, node, title, fields.format ?? 'text'));
  }
  if (drafts.length === 0) throw new UserError(`no text at '${fields.text}' in '${label}' (the fields.text setting)`);
  return drafts;
}

function parsePath(path: string): string[] {
  const steps: string[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new UserError(`fields.text: cannot read the path '${path}' (keys joined by dots, [] for list items, * for map values)`);
    if (m[1]) steps.push(m[1]);
    for (let i = 0; i < (m[2] ?? '').length / 2; i++) steps.push('[]');
  }
  return steps;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

function draftFrom(source: string, node: Scalar, title: string, format: 'text' | 'markdown' | 'html'): StructuredDraft {
  const [from, to] = node.range ?? [0, 0];
  const value = node.value as string;
  const decoded = (node.type === 'QUOTE_DOUBLE' ? decodeDoubleQuoted(source, from, to, value) : undefined) ?? align(source, from, to, value);
  const inner = format === 'html' ? extractHtml(value) : format === 'markdown' ? extractMarkdown(value) : undefined;
  return { title, extraction: inner ? compose(decoded, inner) : decoded, range: [from, to] };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/', '0': '\0', a: '\x07', e: '\x1b',
  ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029', v: '\v',
};

/** A double-quoted string (JSON's, or YAML's on one line), each character mapped to the escape it came from. */
function decodeDoubleQuoted(source: string, from: number, to: number, expected: string): Extraction | undefined {
  const out = new ExtractionBuilder();
  let i = from + 1;
  const end = to - 1;
  while (i < end) {
    const c = source[i] as string;
    if (c === '\r' || c === '\n') return undefined; // YAML line folding: left to align()
    if (c !== '\\') {
      out.copy(source, i, i + 1);
      i++;
      continue;
    }
    const e = source[i + 1] as string;
    const hex = e === 'u' ? 4 : e === 'x' ? 2 : e === 'U' ? 8 : 0;
    if (hex) {
      const digits = source.slice(i + 2, i + 2 + hex);
      if (!/^[0-9a-f]+$/i.test(digits) || digits.length !== hex) return undefined;
      out.put(String.fromCodePoint(Number.parseInt(digits, 16)), i, i + 2 + hex);
      i += 2 + hex;
    } else if (SIMPLE_ESCAPES[e] !== undefined) {
      out.put(SIMPLE_ESCAPES[e], i, i + 2);
      i += 2;
    } else {
      return undefined;
    }
  }
  const extraction = out.build();
  return extraction.text === expected ? extraction : undefined;
}

/**
 * Any other scalar (plain, single-quoted, block): walk the value and the file
 * side by side. Line folding turns a line break and indentation into one
 * space; a block scalar drops its indentation. Each character of the value
 * is found at or after the last one matched.
 */
function align(source: string, from: number, to: number, value: string): Extraction {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    const space = /\s/.test(c);
    let k = j;
    const limit = Math.min(to, j + 400);
    while (k < limit && !(source[k] === c || (space && /\s/.test(source[k] as string)))) k++;
    if (k < limit) {
      starts[i] = k;
      ends[i] = k + 1;
      j = k + 1;
      // A doubled quote in a single-quoted scalar stands for one.
      if (c === "'" && source[k + 1] === "'") {
        ends[i] = k + 2;
        j = k + 2;
      }
    } else {
      starts[i] = Math.max(from, j - 1);
      ends[i] = Math.max(from, j);
    }
  }
  return { text: value, starts, ends };
}
