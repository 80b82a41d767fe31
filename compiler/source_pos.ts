/**
 * Where an index of a source string lies: its line's start, its line number, and its column in
 * UTF-8 bytes and in code points from the line's start. The parser asks this for every f-string
 * replacement field (parseFStringExpression); fields come in source order, so each question
 * carries on from the last answer instead of rescanning the source or the line from its start
 * (which made an f-string of n fields on one line, or n lines of f-strings, cost O(n^2)).
 */
export interface SourcePos {
  /** index of the line's first character */
  lineStart: number;
  /** 1-based line number */
  line: number;
  /** UTF-8 bytes and code points from the line's start to the index */
  byteCol: number;
  charCol: number;
}

/** UTF-8 bytes and code points of source[from, to) (a lone surrogate is 3 bytes, one code point). */
function measure(source: string, from: number, to: number): { bytes: number; chars: number } {
  let bytes = 0;
  let chars = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    chars++;
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = source.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 4; i++; } else bytes += 3;
    } else bytes += 3;
  }
  return { bytes, chars };
}

export class SourcePosCache {
  private last: SourcePos & { index: number } = { index: 0, lineStart: 0, line: 1, byteCol: 0, charCol: 0 };
  constructor(private readonly source: string) {}

  at(index: number): SourcePos {
    const src = this.source;
    let { index: from, lineStart, line, byteCol, charCol } = this.last;
    if (index < from) { from = 0; lineStart = 0; line = 1; byteCol = 0; charCol = 0; }
    for (let nl = src.indexOf('\n', from); nl >= 0 && nl < index; nl = src.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
      from = lineStart;
      byteCol = 0;
      charCol = 0;
    }
    const m = measure(src, from, index);
    byteCol += m.bytes;
    charCol += m.chars;
    this.last = { index, lineStart, line, byteCol, charCol };
    return { lineStart, line, byteCol, charCol };
  }
}
