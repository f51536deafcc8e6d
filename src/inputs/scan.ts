// Finding `open … close` blocks (comments, scripts, template comment tags) in
// linear time. A lazy regex such as /<!--[\s\S]*?-->/g rescans the rest of
// the file from every opener that is never closed: '<!--' repeated over 1 MB
// is quadratic. But once no close follows some point, none follows any later
// opener either, so each search here starts where the last one ended, and
// stops for good when a close is missing. The blocks are the regex's.

export interface Block {
  /** The whole block: [start, end). */
  start: number;
  end: number;
  /** The opener's match, for its groups. */
  open: RegExpExecArray;
  /** Where the text between opener and closer starts and ends. */
  innerStart: number;
  innerEnd: number;
}

/**
 * `open` and `close` are global regexes; each block ends at the first `close`
 * after its opener. `toEnd`: an opener never closed runs to the end of the
 * text (as an HTML comment does), instead of being no block.
 */
export function* blocks(source: string, open: RegExp, close: RegExp, { toEnd = false } = {}): Generator<Block> {
  let from = 0;
  while (from <= source.length) {
    open.lastIndex = from;
    const opened = open.exec(source);
    if (!opened) return;
    const innerStart = opened.index + opened[0].length;
    close.lastIndex = innerStart;
    const closed = close.exec(source);
    if (!closed) {
      if (toEnd) yield { start: opened.index, end: source.length, open: opened, innerStart, innerEnd: source.length };
      return;
    }
    const end = closed.index + closed[0].length;
    yield { start: opened.index, end, open: opened, innerStart, innerEnd: closed.index };
    from = end > opened.index ? end : opened.index + 1;
  }
}

/**
 * The next match of a regex at or after a position, for callers that ask
 * with positions that only grow (a scanner moving through the file): a
 * match found is kept until the position passes it, and a miss is final, so
 * each regex scans the file at most once.
 */
export class NextMatch {
  private at = -1;
  private found: RegExpExecArray | null | undefined;

  constructor(
    private readonly source: string,
    private readonly pattern: RegExp,
  ) {}

  from(position: number): RegExpExecArray | null {
    if (this.found === null && position >= this.at) return null;
    if (this.found && position >= this.at && position <= this.found.index) return this.found;
    this.pattern.lastIndex = position;
    this.at = position;
    this.found = this.pattern.exec(this.source);
    return this.found;
  }
}
