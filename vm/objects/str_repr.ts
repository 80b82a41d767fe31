// repr() of str and the "printable" test it relies on (CPython's unicode_repr): the quote is '
// unless the text contains ' and no ", backslash and the quote are escaped, \t \n \r by name,
// other non-printable characters as \xNN, \uNNNN or \UNNNNNNNN. Printable is CPython 3.11's
// Unicode 14.0 table (compiler/unicode_props.ts), not Node's newer \p{..} classes, so repr() and
// str.isprintable() agree with CPython on every code point. repr reads the str's code points from
// the heap: a JS string would pair a lone high surrogate with a following lone low one.
import { isPrintable as isPrintable14 } from '../../compiler/unicode_props';
import { strCodeAt, strLen } from './str_core';

/** str.isprintable() of one code point, as CPython 3.11. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return isPrintable14(cp);
}

/** The repr of str object `r` (an exact str object, not a subclass box). */
export function reprStr(r: number): string {
  const n = strLen(r);
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < n; i++) {
    const c = strCodeAt(r, i);
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const parts: string[] = [String.fromCharCode(quote)];
  let run = '';
  for (let i = 0; i < n; i++) {
    const c = strCodeAt(r, i);
    if (c === quote || c === 0x5c) run += '\\' + String.fromCharCode(c);
    else if (c === 0x09) run += '\\t';
    else if (c === 0x0a) run += '\\n';
    else if (c === 0x0d) run += '\\r';
    else if (c < 0x20 || c === 0x7f) run += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) run += String.fromCharCode(c);
    else if (isPrintable(c)) run += String.fromCodePoint(c); // (never a surrogate: those are not printable)
    else if (c < 0x100) run += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) run += '\\u' + c.toString(16).padStart(4, '0');
    else run += '\\U' + c.toString(16).padStart(8, '0');
    if (run.length > 4096) {
      parts.push(run);
      run = '';
    }
  }
  parts.push(run, String.fromCharCode(quote));
  return parts.join('');
}
