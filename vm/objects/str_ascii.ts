// ascii(): repr with every non-ASCII character escaped.
import { repr } from '../runtime/protocol';
import { newStr, strJs } from './str_core';
import { strObj } from './str';

export function asciiText(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** ascii(v): the repr itself when it is all ASCII (a str subclass a __repr__ returned stays one,
 *  as CPython's PyObject_ASCII), else a new str with the escapes. */
export function asciiRepr(v: number): number {
  const r = repr(v);
  const s = strJs(strObj(r));
  return /^[\x00-\x7f]*$/.test(s) ? r : newStr(asciiText(s));
}
