// ascii(): repr with every non-ASCII character escaped.
import { repr } from '../runtime/protocol';
import { newStr, strJs } from './str_core';

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

export function asciiRepr(v: number): number {
  return newStr(asciiText(strJs(repr(v))));
}
