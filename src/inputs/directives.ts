// Inline directives, as ESLint's: `apology-lint-disable`, `-enable`,
// `-disable-line`, `-disable-next-line`, each with optional rule ids and an
// optional `-- reason`, in a comment of the file's own syntax: <!-- --> (Markdown,
// HTML and text), {% comment %}…{% endcomment %} and {% # %} (Liquid),
// {{!-- --}} and {{! }} (Handlebars, Mustache), {# #} (Jinja, Nunjucks), and
// `#` comment lines in YAML.
import { indexLines, positionAt } from '../positions.js';
import type { InputFormat } from './formats.js';
import { blocks } from './scan.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  /** The reason after `--`, or ''. ESLint reports it with each message the directive suppresses. */
  justification: string;
  /** File offsets of the whole comment. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const KIND = String.raw`\s*apology-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$|-(?!-?\w))`;
/** Each comment form as [opener with the directive's kind, closer]; its rule list is what lies between. */
const COMMENT_FORMS: Array<[RegExp, RegExp]> = [
  [new RegExp(String.raw`<!--${KIND}`, 'g'), /-->/g],
  [new RegExp(String.raw`\{%-?\s*comment\s*-?%\}${KIND}`, 'g'), /\{%-?\s*endcomment\s*-?%\}/g],
  [new RegExp(String.raw`\{%-?\s*#${KIND}`, 'g'), /-?%\}/g],
  [new RegExp(String.raw`\{\{!--${KIND}`, 'g'), /--\}\}/g],
  [new RegExp(String.raw`\{\{!(?!--)${KIND}`, 'g'), /\}\}/g],
  [new RegExp(String.raw`\{#${KIND}`, 'g'), /#\}/g],
];
const YAML_COMMENT = /(?<=^|[ \t])#[ \t]*apology-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/gm;

export function parseDirectives(source: string, format: InputFormat): Directive[] {
  const lines = indexLines(source);
  const found: Directive[] = [];
  const add = (kind: string, list: string, start: number, end: number): void => {
    // "-- reason" ends the rule list; ids are separated by commas or spaces.
    const [ids = '', ...reason] = list.split(/\s--\s|\s--$/);
    const ruleIds = ids
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter((id) => id !== '' && id !== '-->' && id !== '--');
    const from = positionAt(lines, start);
    const to = positionAt(lines, end);
    const justification = reason.join(' -- ').trim();
    found.push({ kind: kind as DirectiveKind, ruleIds, justification, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  };
  // In one pass per form, however many comments are left open (src/inputs/scan.ts).
  for (const [open, close] of COMMENT_FORMS) {
    for (const b of blocks(source, open, close)) add(b.open[1] as string, source.slice(b.innerStart, b.innerEnd), b.start, b.end);
  }
  if (format === 'yaml') for (const m of source.matchAll(YAML_COMMENT)) add(m[1] as string, m[2] ?? '', m.index, m.index + m[0].length);
  return found.sort((a, b) => a.start - b.start);
}

interface Located {
  ruleId: string;
  line: number;
  column: number;
}

/**
 * Decides which messages the directives silence. `partRules` fire for the
 * draft as a whole (at its first character): a block `disable` naming them (or
 * naming no rule) anywhere in `draftRange` silences them too, since no position
 * inside the draft comes before a finding about all of it.
 */
export class DirectiveFilter {
  private readonly used = new Map<Directive, Set<string>>();

  constructor(
    private readonly directives: readonly Directive[],
    private readonly lines: ReturnType<typeof indexLines>,
  ) {}

  static forSource(source: string, directives: readonly Directive[]): DirectiveFilter {
    return new DirectiveFilter(directives, indexLines(source));
  }

  /** True when a directive silences `message`; marks that directive used. */
  silences(message: Located, offset: number, draftRange: [number, number], isPartRule: boolean): boolean {
    return this.silencer(message, offset, draftRange, isPartRule) !== undefined;
  }

  /** The directive that silences `message`, if any; marks it used. */
  silencer(message: Located, offset: number, draftRange: [number, number], isPartRule: boolean): Directive | undefined {
    for (const d of this.directives) {
      if (!covers(d, message.ruleId)) continue;
      if ((d.kind === 'disable-line' && d.line === message.line) || (d.kind === 'disable-next-line' && d.endLine + 1 === message.line)) {
        return this.use(d, message.ruleId);
      }
    }
    let all: Directive | undefined;
    const named = new Map<string, Directive>();
    const exceptions = new Set<string>();
    for (const d of this.directives) {
      if (d.start > offset) break;
      if (d.kind === 'disable') {
        if (d.ruleIds.length === 0) {
          all = d;
          exceptions.clear();
        } else for (const id of d.ruleIds) named.set(id, d);
      } else if (d.kind === 'enable') {
        if (d.ruleIds.length === 0) {
          all = undefined;
          named.clear();
        } else {
          for (const id of d.ruleIds) {
            named.delete(id);
            if (all) exceptions.add(id);
          }
        }
      }
    }
    const by = named.get(message.ruleId) ?? (all && !exceptions.has(message.ruleId) ? all : undefined);
    if (by) return this.use(by, message.ruleId);
    if (isPartRule) {
      const inside = this.directives.find(
        (d) => d.kind === 'disable' && d.start >= draftRange[0] && d.start < draftRange[1] && covers(d, message.ruleId),
      );
      if (inside) return this.use(inside, message.ruleId);
    }
    return undefined;
  }

  /** Directives (within the draft) that silenced nothing, as ESLint reports them. */
  unused(draftRange: [number, number]): Array<{ directive: Directive; message: string }> {
    const out: Array<{ directive: Directive; message: string }> = [];
    for (const d of this.directives) {
      if (d.kind === 'enable' || d.start < draftRange[0] || d.start >= draftRange[1]) continue;
      const used = this.used.get(d);
      if (d.ruleIds.length === 0) {
        if (!used) out.push({ directive: d, message: 'Unused apology-lint-disable directive (no problems were reported).' });
        continue;
      }
      const idle = d.ruleIds.filter((id) => !used?.has(id));
      if (idle.length > 0) {
        out.push({
          directive: d,
          message: `Unused apology-lint-disable directive (no problems were reported from ${idle.map((id) => `'${id}'`).join(' or ')}).`,
        });
      }
    }
    return out;
  }

  position(offset: number): { line: number; column: number } {
    return positionAt(this.lines, offset);
  }

  private use(d: Directive, ruleId: string): Directive {
    let set = this.used.get(d);
    if (!set) this.used.set(d, (set = new Set()));
    set.add(ruleId);
    return d;
  }
}

function covers(d: Directive, ruleId: string): boolean {
  return d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
}
