// The shapes every part of apology-lint shares: the analysed document that
// rules read, the rule module contract, findings, and the lint result that
// formatters print. Nothing here does any work.

/** What a sentence can do, as the meaning layer (src/analysis/acts) reads it. */
export type Act =
  | 'apologise' | 'non-apology' | 'admit-fault' | 'repair-done' | 'repair-committed' | 'prevent' | 'vague-promise'
  | 'empathy' | 'blame-party' | 'blame-customer' | 'excuse' | 'deny' | 'minimise' | 'hedge' | 'hide-agent';
/** Probability per act. */
export type ActScores = Readonly<Record<Act, number>>;

/** One word (or punctuation-free token) of the document, with compromise's tags. */
export interface Token {
  /** Index in `AnalysedDocument.tokens`. */
  index: number;
  /** The surface text as written ('' for the implied word of a contraction: "didn't" → did + not). */
  text: string;
  /** Lower-cased word, the implied word for contractions ("'ll" → "will", "n't" → "not"). */
  word: string;
  /** Dictionary form when compromise knows one ("sent" → "send"), else `word`. */
  root: string;
  /** UTF-16 offsets into the original text, end exclusive. An implied word has start === end. */
  start: number;
  end: number;
  /** compromise 14 tags (#PastTense, #Modal, #Passive, #Negative…). */
  tags: ReadonlySet<string>;
  /** Punctuation written right after the word (",", ".", "—"…), trimmed. */
  post: string;
  /** Part of a template placeholder ({{ name }}, [Customer Name], {% if %}…): a name, never prose. */
  placeholder: boolean;
  /** Inside quotation marks: quoted words are not the writer's own. */
  quoted: boolean;
}

/** Whose words a sentence is. Only the writer's count for any rule. */
export type Voice = 'writer' | 'customer';

/**
 * What a sentence is in the layout of a message. Only `body` sentences count
 * for `late-apology`; `heading` covers titles, subject lines and Markdown headings.
 */
export type SentenceRole = 'body' | 'greeting' | 'heading' | 'signoff';

/** Who a clause says did the thing. */
export type Actor =
  | 'writer' // I, we, our team, the company by name
  | 'customer' // you
  | 'third-party' // courier, supplier, bank, a named colleague
  | 'thing' // the system, a bug, the app
  | 'none' // an agentless passive or a dummy subject ("there was", "it seems")
  | 'other'; // anything else (a parcel, the delay…)

/** One clause: a subject with its verb group, and the facts rules reason with. */
export interface Clause {
  /** Token range in the document, `[first, last]` inclusive. */
  first: number;
  last: number;
  /** The word that opens the clause and ties it to the one before (if, because, but, so, which…), or ''. */
  opener: string;
  /** The subject's tokens ([] when none was found) and who it is. */
  subject: Token[];
  actor: Actor;
  /** Tokens of the verb group (auxiliaries, negation, main verb). */
  verbs: Token[];
  /** The main (last) verb of the group, if any. */
  verb: Token | null;
  negated: boolean;
  tense: 'past' | 'present' | 'future' | 'perfect' | 'none';
  /** The modal or hedge verb in the group (may, might, could, should, would, can, will), or ''. */
  modal: string;
  /** be/get + participle. `byActor` is who the "by …" phrase names, or null when there is none. */
  passive: boolean;
  byActor: Actor | null;
  /** Inside an if/unless/whether condition. */
  conditional: boolean;
}

export interface Sentence {
  index: number;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The original text of the sentence. */
  text: string;
  role: SentenceRole;
  voice: Voice;
  /** Position among body sentences in the writer's voice (0-based), or -1. */
  bodyIndex: number;
  question: boolean;
  /** Tokens in order (placeholders and quoted words included, flagged). */
  tokens: Token[];
  clauses: Clause[];
  /** What the sentence does, as a probability per act (the meaning layer, src/analysis/acts). */
  acts: ActScores;
}

/** A document parsed once: everything a rule may read. */
export interface AnalysedDocument {
  /** The original text, as read (BOM removed). */
  text: string;
  /** The same text with placeholders as dummy names and template logic and markup blanked: same length. */
  masked: string;
  sentences: Sentence[];
  tokens: Token[];
  /** A team's own remedy words from configuration, lower-cased; [] when none. */
  remedyWords: readonly string[];
}

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numbers: 1 warning, 2 error. */
export type SeverityLevel = 1 | 2;

/** What a rule reports: a span of the original text and what to say about it. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  /** A better way to say it. */
  suggestion?: string;
}

export interface RuleDocs {
  /** Why the pattern hurts an apology, in a few sentences. */
  description: string;
  /** A draft sentence that the rule flags. */
  bad: string;
  /** The same idea said well. */
  good: string;
}

export interface RuleMeta {
  /** Stable id; a plugin's rules are namespaced (`acme/no-legalese`). */
  id: string;
  /** One line. */
  description: string;
  /** `part` rules fire when something is missing; `pattern` rules fire on what spoils an apology. */
  kind: 'part' | 'pattern';
  defaultSeverity: Exclude<SeverityName, 'off'>;
  docs: RuleDocs;
  /**
   * The rule's weight in the score (src/score.ts). A pattern rule: the points
   * each finding costs, a repeat at most twice (5 when absent). A part rule
   * with a `part`: the points that part earns when it is there.
   */
  weight?: number;
  /** A part rule: the part of an apology whose absence it reports (the built-in missing-* rules). */
  part?: keyof Parts;
  /** A pattern rule whose finding makes the draft poor whatever else it holds (denial, unowned blame). */
  poor?: boolean;
  /** A pattern rule whose finding makes the draft poor when a main part (apology, ownership, remedy) is missing: it deflects (an excuse). */
  deflects?: boolean;
  /** A pattern rule that, found once in an otherwise complete apology, still leaves it good (one hedge). */
  slip?: boolean;
  /** A pattern rule's lower weight when this part is there too (a non-apology beside a real apology). */
  weightBeside?: { part: keyof Parts; weight: number };
}

/** What a rule's check receives besides the document. */
export interface RuleContext {
  /** Options from configuration (`[severity, options]`), or {}. */
  options: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: AnalysedDocument, context: RuleContext): Finding[];
}

/** The five parts of an apology a reader looks for. */
export interface Parts {
  apology: boolean;
  ownership: boolean;
  remedy: boolean;
  prevention: boolean;
  empathy: boolean;
}

export interface Suggestion {
  desc: string;
}

/** One message in the report, in ESLint's shape. */
export interface LintMessage {
  ruleId: string;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: Suggestion[];
}

/** Why a message was not reported (ESLint's shape): an inline directive, with its `-- reason`. */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

/** A message an inline directive silenced: in `suppressedMessages`, not counted, not scored. */
export interface SuppressedMessage extends LintMessage {
  suppressions: Suppression[];
}

/** One file's result, in the shape of ESLint's JSON formatter plus the score (../shared/spec/report.md). */
export interface LintResult {
  filePath: string;
  score: number;
  grade: string;
  parts: Parts;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /**
   * ESLint's counts that every ESLint formatter reads: no draft fails to parse
   * and no rule has an autofix, so these are 0; they are there so that
   * `fatalErrorCount + errorCount` and the like add up in a formatter.
   */
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** What inline directives silenced, as ESLint lists it. */
  suppressedMessages: SuppressedMessage[];
  /** ESLint's list of deprecated rules used; apology-lint has none. */
  usedDeprecatedRules: Array<{ ruleId: string; replacedBy: string[] }>;
  /**
   * The draft's name inside a file that holds several (a macro's title in a
   * Zendesk export, a canned response's title in a JSON/YAML file).
   */
  draft?: string;
  /** The configured minimum score (`minScore`, `--min-score`), when there is one: a lower score fails. */
  minScore?: number;
  /** The text that was linted, for formatters that show the offending words. */
  source?: string;
}
