// An extraction is the prose of a draft as the analysis reads it, with the way
// back to the original file. Most formats mask in place (markup blanked with
// spaces, same length, so offsets are the file's); where the text must change
// length (an HTML entity, a JSON escape, a folded YAML line) each character
// keeps the span of the file it came from.

export interface Extraction {
  /** What the analysis reads. */
  text: string;
  /**
   * For each character of `text`, the [start, end) span of the original file it
   * stands for. Absent when `text` is a same-length masked copy of the file.
   */
  starts?: Int32Array;
  ends?: Int32Array;
  /**
   * [start, end) spans of `text` that the format itself marks as headings (an
   * HTML `<h2>`): the layout reads them as headings whatever their wording.
   */
  headings?: Array<[number, number]>;
}

/** A same-length extraction: offsets are the file's own. */
export function inPlace(text: string): Extraction {
  return { text };
}

export function startOf(extraction: Extraction, offset: number): number {
  const { starts, text } = extraction;
  if (!starts) return offset;
  if (text.length === 0) return 0;
  if (offset >= text.length) return endOf(extraction, text.length);
  return starts[offset] ?? 0;
}

/** The file offset just past the extracted text's [0, offset). */
export function endOf(extraction: Extraction, offset: number): number {
  const { ends, starts } = extraction;
  if (!ends || !starts) return offset;
  if (offset <= 0) return starts[0] ?? 0;
  return ends[Math.min(offset, ends.length) - 1] ?? 0;
}

/** Builds an extraction one piece at a time, each piece with the file span it stands for. */
export class ExtractionBuilder {
  private readonly parts: string[] = [];
  // Typed and grown by doubling: arrays of numbers pushed one by one cost a
  // megabyte-long draft most of its extraction time in garbage collection.
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private length = 0;

  /** Characters copied from the file, one for one. */
  copy(source: string, from: number, to: number): void {
    this.parts.push(source.slice(from, to));
    this.reserve(to - from);
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length++] = i + 1;
    }
  }

  /** Text standing for the file span [from, to) as a whole (a decoded entity or escape). */
  put(text: string, from: number, to: number): void {
    this.parts.push(text);
    this.reserve(text.length);
    this.starts.fill(from, this.length, this.length + text.length);
    this.ends.fill(to, this.length, this.length + text.length);
    this.length += text.length;
  }

  private readonly headings: Array<[number, number]> = [];

  /** How many characters have been extracted so far. */
  get size(): number {
    return this.length;
  }

  heading(start: number, end: number): void {
    if (end > start) this.headings.push([start, end]);
  }

  build(): Extraction {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      ...(this.headings.length ? { headings: this.headings } : {}),
    };
  }

  private reserve(more: number): void {
    if (this.length + more <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + more);
    const grow = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }
}

/** `inner` was extracted from `outer.text`; the result maps `inner`'s characters straight to the file. */
export function compose(outer: Extraction, inner: Extraction): Extraction {
  // The text is inner's, so inner's heading spans stay as they are.
  if (!outer.starts) return inner;
  const n = inner.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const from = inner.starts ? (inner.starts[i] ?? 0) : i;
    const to = inner.ends ? (inner.ends[i] ?? from + 1) : i + 1;
    starts[i] = startOf(outer, from);
    ends[i] = endOf(outer, to);
  }
  return { text: inner.text, starts, ends, ...(inner.headings ? { headings: inner.headings } : {}) };
}

/** Overwrites [from, to) of a character array with spaces, keeping line breaks. */
export function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r') chars[i] = ' ';
  }
}
