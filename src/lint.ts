// The linter: one draft's text → its result, in the pipeline's order:
// inputs (extract the prose) → analysis (parse once) → rules → score. The
// runner (src/runner.ts) brings it files and their configs; src/index.ts is
// the public API.
//
// lintText: parse once, run every enabled rule over the analysed form, score.
// lintSource: the same for any input format, one result per draft in the file
// (a JSON/YAML macro export holds many). Findings are offsets into the
// extracted prose; they are mapped back to the original file before they
// become line and column, so positions always point into the file as written.
import { analyse } from './analysis/index.js';
import type { LexiconAdditions } from './analysis/lexicon.js';
import { indexLines, positionAt } from './positions.js';
import { scoreFindings } from './score.js';
import { builtinRules } from '../rules/index.js';
import { RuleError, UserError } from './errors.js';
import { patternProblem } from './config/patterns.js';
import { displayPath } from './display.js';
import { DirectiveFilter, parseDirectives, type Directive } from './inputs/directives.js';
import { endOf, startOf, type Extraction } from './inputs/extraction.js';
import { prepareProse } from './inputs/mask.js';
import { extractSingle, formatOf, isStructured, type InputFormat } from './inputs/formats.js';
import { structuredDrafts, type FieldsConfig, type StructuredDraft } from './inputs/structured.js';
import { formatSize } from './files/read.js';
import type { AnalysedDocument, Finding, LintMessage, LintResult, Rule, SeverityName, SuppressedMessage } from './types.js';

/** A JSON/YAML file that is not a macro export, with no `fields` config saying where its drafts are. */
export class NotDraftsError extends UserError {}

export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?];

export interface LintOptions {
  /** Shown as `filePath` in the result; `<text>` when absent. Its extension picks the input format. */
  filePath?: string;
  /** The input format, when the file name does not tell (`text` for an unknown extension). */
  format?: InputFormat;
  /** Per-rule severity (and options); rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Extra rules (plugins), added to the built-ins. */
  extraRules?: Rule[];
  /** Extra placeholder patterns (regular expression sources) read as names, never prose. */
  placeholderPatterns?: string[];
  /** A team's own third parties, things and names for itself. */
  lexicon?: LexiconAdditions;
  /** Where the drafts are in a generic JSON/YAML file. */
  fields?: FieldsConfig;
  /** A score under this fails the draft (the result carries `minScore`). */
  minScore?: number;
  /** Obey `apology-lint-disable` comments (default true). */
  allowInlineConfig?: boolean;
  /** Report disable directives that silenced nothing, as errors. */
  reportUnusedDisableDirectives?: boolean;
  /**
   * Bytes (UTF-8) of text one draft inside a JSON/YAML export may hold; a macro
   * over it is refused with a UserError naming it. No limit when absent. (The
   * CLI passes `--max-file-size`: the file around them is bounded apart.)
   */
  maxDraftSize?: number;
}

/** One draft's text → its result. For a JSON/YAML export, which holds several, use `lintSource`. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const format = options.format ?? formatOf(options.filePath);
  if (isStructured(format)) {
    throw new UserError(`'${options.filePath ?? '<text>'}' is a ${format.toUpperCase()} file of drafts: lint it with lintSource or lintFiles`);
  }
  const [result] = lintSource(text, { ...options, format });
  return result as LintResult;
}

/** Any input's text → one result per draft in it, in file order. */
export function lintSource(text: string, options: LintOptions = {}): LintResult[] {
  for (const pattern of options.placeholderPatterns ?? []) {
    const problem = patternProblem(pattern);
    if (problem) throw new UserError(`placeholderPatterns: ${problem}`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const format = options.format ?? formatOf(options.filePath);
  const directives = options.allowInlineConfig === false ? [] : parseDirectives(source, format);
  const lines = indexLines(source);
  if (!isStructured(format)) {
    return [lintDraft(extractSingle(source, format), source, lines, directives, [0, source.length], undefined, options)];
  }
  const label = options.filePath ? displayPath(options.filePath) : '<text>';
  const notDrafts = (): NotDraftsError =>
    new NotDraftsError(`'${label}' is not a Zendesk macro export; say where its drafts are with the "fields" config key`);
  const read = (): NonNullable<ReturnType<typeof structuredDrafts>> => {
    const found = structuredDrafts(source, format, options.fields, label);
    if (found === undefined) throw notDrafts();
    return found;
  };
  // A directive inside one macro's text is about that macro; one outside every
  // draft (a YAML comment) is about the file from there on. Each directive is
  // placed once (binary searches over the sorted drafts and directives), not
  // checked against every draft: an export of 100,000 macros with a directive
  // in each would otherwise cost 10^10 comparisons. That needs every draft's
  // place first: a file with directives is read twice, keeping only the places.
  const { outside, within } = directives.length === 0 ? placeDirectives([], []) : placeDirectives(directives, [...read().drafts].map((d) => d.range));
  // Every result is kept for the report: the many macros of an export mostly
  // get the same messages and suggestions, kept once rather than once each.
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  // One draft at a time, each dropped (its nodes, text and offsets) once its findings are mapped.
  const { drafts, isExport } = read();
  const results: LintResult[] = [];
  for (const draft of drafts) {
    checkDraftSize(draft, label, options.maxDraftSize);
    const own = mergeByStart(within(draft.range), outside);
    results.push(lintDraft(draft.extraction, source, lines, own, draft.range, draft.title, options, intern));
  }
  if (!isExport()) throw notDrafts();
  return results;
}

/** A macro's text over the per-draft limit is refused as a file over it would be, naming the macro. */
function checkDraftSize(draft: StructuredDraft, label: string, maxBytes: number | undefined): void {
  if (maxBytes === undefined || draft.extraction.text.length <= maxBytes / 3) return;
  const bytes = Buffer.byteLength(draft.extraction.text);
  if (bytes > maxBytes) throw new UserError(`'${label}' › ${quoted(draft.title)} is ${formatSize(bytes)} of text, over the ${formatSize(maxBytes)} limit for one draft (raise it with --max-file-size)`);
}

function quoted(title: string): string {
  return `'${title.length > 60 ? `${title.slice(0, 60)}…` : title}'`;
}

/**
 * Directives (sorted by start) split into those outside every draft and, per
 * draft range, those inside it; linear after one sort of the ranges.
 */
function placeDirectives(
  directives: readonly Directive[],
  draftRanges: Array<[number, number]>,
): { outside: Directive[]; within: (range: [number, number]) => Directive[] } {
  if (directives.length === 0) return { outside: [], within: () => [] };
  const ranges = draftRanges.sort((a, b) => a[0] - b[0]);
  // The furthest end among the ranges up to each one: ranges may nest (a title inside a text never does, but be safe).
  const reach: number[] = [];
  ranges.forEach((r, i) => reach.push(Math.max(r[1], reach[i - 1] ?? -Infinity)));
  const insideAny = (offset: number): boolean => {
    // The last range starting at or before offset; inside some range iff the furthest end so far passes offset.
    let lo = 0;
    let hi = ranges.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid] as [number, number])[0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (reach[found] as number) > offset;
  };
  const outside = directives.filter((d) => !insideAny(d.start));
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = directives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((directives[mid] as Directive).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const within = (range: [number, number]): Directive[] => {
    const out: Directive[] = [];
    for (let k = firstAtOrAfter(range[0]); k < directives.length && (directives[k] as Directive).start < range[1]; k++) out.push(directives[k] as Directive);
    return out;
  };
  return { outside, within };
}

/** Two lists sorted by start → one, as parseDirectives orders them (the filter reads them in order). */
function mergeByStart(a: readonly Directive[], b: readonly Directive[]): Directive[] {
  if (a.length === 0) return b as Directive[];
  if (b.length === 0) return a as Directive[];
  const out: Directive[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as Directive).start <= (b[j] as Directive).start)) out.push(a[i++] as Directive);
    else out.push(b[j++] as Directive);
  }
  return out;
}

/** Where a draft sits in its file, for mapping findings back and for its directives. */
interface DraftPlace {
  extraction: Extraction;
  lines: ReturnType<typeof indexLines>;
  /** The draft's offsets in the file. */
  range: [number, number];
  filter: DirectiveFilter;
  /** The one copy of a message's text: an export's many drafts mostly get the same messages. */
  intern: (text: string) => string;
}

/** What the rules reported on a draft: kept, silenced, and how many findings each rule kept (for the score). */
interface RuleOutcome {
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
  fired: Map<string, number>;
}

/** One draft: analysis → rules → score. */
function lintDraft(
  extraction: Extraction,
  source: string,
  lines: ReturnType<typeof indexLines>,
  directives: readonly Directive[],
  range: [number, number],
  title: string | undefined,
  options: LintOptions,
  intern: (text: string) => string = (text) => text,
): LintResult {
  const prose = prepareProse(extraction, options.placeholderPatterns ? { placeholderPatterns: options.placeholderPatterns } : {});
  const doc = analyse(prose, options.lexicon ? { lexicon: options.lexicon } : {});
  const rules = [...builtinRules, ...(options.extraRules ?? [])];
  const place: DraftPlace = { extraction, lines, range, filter: new DirectiveFilter(directives, lines), intern };
  const { messages, suppressed, fired } = runRules(rules, doc, place, options);
  if (options.reportUnusedDisableDirectives) messages.push(...unusedDirectiveMessages(place));
  const byPosition = positionOrder(rules);
  messages.sort(byPosition);
  suppressed.sort(byPosition);
  const { score, grade, parts } = scoreFindings(fired, rules.map((rule) => rule.meta));
  return {
    filePath: options.filePath ?? '<text>',
    ...(title !== undefined ? { draft: title } : {}),
    score,
    grade,
    parts,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: suppressed,
    usedDeprecatedRules: [],
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
    source,
  };
}

/** Every rule not turned off, over the analysed draft; each finding a message, or silenced by a directive. */
function runRules(rules: readonly Rule[], doc: AnalysedDocument, place: DraftPlace, options: LintOptions): RuleOutcome {
  const outcome: RuleOutcome = { messages: [], suppressed: [], fired: new Map() };
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    const [severityName, ruleOptions] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, {}];
    // A rule turned off is not run, and so does not count in the score either.
    if (severityName === 'off') continue;
    const findings = runRule(rule, doc, ruleOptions ?? {});
    let kept = 0;
    for (const finding of findings) {
      const { message, start, from } = messageOf(rule, severityName, finding, place);
      // A finding silenced by a directive is the writer's decision: it does not cost score either.
      const silencer = place.filter.silencer({ ruleId: rule.meta.id, ...from }, start, place.range, rule.meta.kind === 'part');
      if (silencer) {
        outcome.suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: silencer.justification }] });
        continue;
      }
      kept++;
      outcome.messages.push(message);
    }
    if (kept > 0) outcome.fired.set(rule.meta.id, kept);
  }
  return outcome;
}

/** A finding (offsets into the extracted prose) as a message at its line and column in the file as written. */
function messageOf(rule: Rule, severityName: SeverityName, finding: Finding, place: DraftPlace): { message: LintMessage; start: number; from: ReturnType<typeof positionAt> } {
  const start = startOf(place.extraction, finding.start);
  const end = finding.end > finding.start ? endOf(place.extraction, finding.end) : start;
  const from = positionAt(place.lines, start);
  const to = positionAt(place.lines, end);
  const message: LintMessage = {
    ruleId: rule.meta.id,
    severity: severityName === 'error' ? 2 : 1,
    message: place.intern(finding.message),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    ...(finding.suggestion ? { suggestions: [{ desc: place.intern(finding.suggestion) }] } : {}),
  };
  return { message, start, from };
}

/** `--report-unused-disable-directives`: a directive in the draft that silenced nothing, as an error. */
function unusedDirectiveMessages(place: DraftPlace): LintMessage[] {
  return place.filter.unused(place.range).map(({ directive, message }) => ({
    ruleId: 'unused-disable-directive',
    severity: 2,
    message,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
  }));
}

/** Messages by line, column, then the rules' catalogue order. */
function positionOrder(rules: readonly Rule[]): (a: LintMessage, b: LintMessage) => number {
  const order = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  return (a, b) => a.line - b.line || a.column - b.column || (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0);
}

/**
 * One rule's findings. A rule that throws, or returns something that is not a
 * list of findings, is named with its plugin (the namespace of its id) in a
 * RuleError: the CLI reports that draft as failed and lints the others.
 */
function runRule(rule: Rule, doc: Parameters<Rule['check']>[0], options: Record<string, unknown>): ReturnType<Rule['check']> {
  const id = rule.meta.id;
  const slash = id.indexOf('/');
  const who = slash > 0 ? `rule '${id}' of plugin '${id.slice(0, slash)}'` : `built-in rule '${id}'`;
  let findings: ReturnType<Rule['check']>;
  try {
    findings = rule.check(doc, { options });
  } catch (error) {
    throw new RuleError(`${who} threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(findings)) throw new RuleError(`${who} returned ${findings === null ? 'null' : typeof findings}, not a list of findings`);
  for (const finding of findings) {
    const ok = typeof finding === 'object' && finding !== null && Number.isInteger(finding.start) && Number.isInteger(finding.end) && finding.start >= 0 && finding.end >= finding.start && finding.end <= doc.text.length && typeof finding.message === 'string';
    if (!ok) throw new RuleError(`${who} returned a finding without a start, end and message inside the draft`);
  }
  return findings;
}
