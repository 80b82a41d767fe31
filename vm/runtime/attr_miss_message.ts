// The message of the AttributeError the VM raises for a missing attribute, CPython's
// "'%.50s' object has no attribute '%U'" and "type object '%.50s' has no attribute '%U'"
// (Objects/object.c): the class name cut to 50 bytes of UTF-8 (a character cut in two shown as U+FFFD,
// as PyUnicode_FromFormat decodes it with errors="replace"). The common case (a class name of at most 16 BMP
// characters, at most 48 bytes, that is not one of the dotted C type names, protocol.ts tname) is
// built by copying the units of the interned pieces, the class's __name__ and the attribute name
// into the new str, without a JS string (bench/raise_ops.py attr_miss: the message was ~17% of a
// caught miss).
import { mem } from '../../stmgc/heap';
import { typeOf } from './types';
import { typeInfo, TY_NAME } from '../objects/type_core';
import { emptyStr, intern, newStr, strJoinBmp, strJs } from '../objects/str_core';
import { isDottedTypeName, tname } from './protocol';

/** s cut to at most `bytes` bytes of UTF-8 as CPython's "%.50s" shows a C string: a character cut
 *  in two is decoded with errors="replace", one U+FFFD. */
export function truncateUtf8(s: string, bytes: number): string {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + w > bytes) break;
    n += w;
    i += c >= 0x10000 ? 2 : 1;
  }
  if (i === s.length) return s;
  return n < bytes ? s.slice(0, i) + '\ufffd' : s.slice(0, i);
}

/** The class name as CPython's '%.50s' of tp_name shows it. */
function typeNameForMessage(v: number): string { return truncateUtf8(tname(v), 50); }

/** The message str of a missing attribute `name` (a str) of v, which is not a module. */
export function attrMissMessage(v: number, name: number, isType: boolean): number {
  const t = isType ? v : typeOf(v);
  const n = typeInfo(t).name;
  if (n.length <= 16 && (isType || !isDottedTypeName(n))) {
    const r = strJoinBmp(emptyStr(), [intern(isType ? "type object '" : "'"), mem[t + TY_NAME], intern(isType ? "' has no attribute '" : "' object has no attribute '"), name, intern("'")]);
    if (r !== 0) return r;
  }
  return newStr(isType ? `type object '${truncateUtf8(n, 50)}' has no attribute '${strJs(name)}'` : `'${typeNameForMessage(v)}' object has no attribute '${strJs(name)}'`);
}
