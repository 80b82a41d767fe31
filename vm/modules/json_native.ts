// The native module `_json`, CPython's json accelerator (Modules/_json.c) written for pystm:
// scanstring, make_scanner (the class _json.Scanner, json_scanner.ts), make_encoder
// (_json.Encoder, json_encoder.ts), encode_basestring and encode_basestring_ascii
// (json_text.ts). lib/json takes them with `try: from _json import ...` as CPython's json does;
// its pure-Python halves stay the fallback and the indent path.
import { T } from '../runtime/types';
import { raise, valueError } from '../runtime/errors';
import { index, truthy } from '../runtime/protocol';
import { bindArgs, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern, newStr } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { JsonText, scanEnd, scanString, scannedStr } from './json_text';
import { encodeBasestring, encodeBasestringAscii, stringArg } from './json_encoder';

export function makeJsonModule(): number {
  const m = newModule('_json', T.module, intern('json speedups\n'));
  moduleSet(m, 'scanstring', defineBuiltin('scanstring', (a, kw) => {
    const [s, endObj, strictObj] = bindArgs('scanstring', a, kw, ['string', 'end', 'strict?']);
    const big = toBigInt(index(endObj));
    if (big > 9223372036854775807n || big < -9223372036854775808n) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
    const str = stringArg(s);
    const text = new JsonText(str);
    const end = Number(big);
    if (end < 0 || end > text.length) valueError('end is out of bounds');
    const v = scanString(text, text.unit(end), strictObj === 0 ? true : truthy(strictObj));
    return newTuple([scannedStr(v), intFromNumber(text.cp(scanEnd))]);
  }, 0, m));
  moduleSet(m, 'encode_basestring', defineBuiltin('encode_basestring', encodeBasestring, 0, m));
  moduleSet(m, 'encode_basestring_ascii', defineBuiltin('encode_basestring_ascii', encodeBasestringAscii, 0, m));
  moduleSet(m, 'make_scanner', T.JsonScanner);
  moduleSet(m, 'make_encoder', T.JsonEncoder);
  return m;
}
