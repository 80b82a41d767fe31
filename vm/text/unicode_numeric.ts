// Unicode classification that CPython's number parsers rely on: Py_UNICODE_ISSPACE (the
// whitespace str.split()/int()/float() accept), Py_UNICODE_TODECIMAL (the decimal value of any
// Unicode Nd digit) and _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply
// before their ASCII-only parsers: non-ASCII whitespace -> ' ', Unicode digits -> ASCII digits,
// any other non-ASCII character (and DEL) -> '?', which makes the ASCII parser fail.
// Invariant: the transformed string has the same length in code points as the input.

/** Py_UNICODE_ISSPACE for one code point. */
export function isPySpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** C isspace() in the C locale, as Py_ISSPACE: ' ', \t \n \v \f \r. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const ND = /^\p{Nd}$/u;

function isNd(cp: number): boolean {
  return ND.test(String.fromCodePoint(cp));
}

/**
 * Decimal value 0..9 of a Unicode decimal digit (general category Nd), or -1.
 * Unicode assigns Nd characters only in contiguous, aligned runs of ten (0..9), so the value is
 * the distance from the start of the run modulo 10.
 */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !isNd(cp)) return -1;
  let start = cp;
  while (isNd(start - 1)) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: one ASCII character per code point of `s`.
 * Returns `s` itself when it is already ASCII (the common case).
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) { ascii = false; break; }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}
