// Offsets → 1-based line and column, as editors count them. Columns count
// UTF-16 code units like ESLint; CRLF and lone CR both end a line.

export interface LineIndex {
  /** Offset of the first character of each line. */
  starts: number[];
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return { starts };
}

export function positionAt(index: LineIndex, offset: number): { line: number; column: number } {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
