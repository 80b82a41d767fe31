// The native module `_cjk`: the loops of lib/_codec_cjk.py's stateless CJK codecs, over the
// tables of cjk_tables.ts. lib/_codec_cjk.py passes each codec's table text once per isolate
// (load) and calls decode/encode, which run until the input ends or a sequence fails; the
// Python side calls the error handler and resumes, so handlers behave as with any codec.
//   decode(name, data, start, final) -> (str, stop, error_end, reason): reason 0 (stop is where
//     the input ended, or where an unfinished sequence waits when not final), 1 (illegal
//     multibyte sequence over [stop, error_end)), 2 (incomplete multibyte sequence, final)
//   encode(name, str, start, final) -> (bytes, stop, failed): failed is True when the character
//     at stop cannot be encoded; else stop is the end, or a pair's first character waiting
import { K } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { strCodePoints, strFromCodePoints, strJs } from '../objects/str_core';
import { strObj } from '../objects/str';
import { intFromNumber } from '../objects/int_core';
import { intValue } from '../objects/int';
import { newTuple } from '../objects/tuple_core';
import { ILLEGAL, decodeUnit, encoding, fourByteOf, parseCjkTable, type CjkTable } from './cjk_tables';

const tables = new Map<string, CjkTable>();

function tableOf(v: number): CjkTable {
  const t = tables.get(strJs(strObj(v)));
  if (t === undefined) typeError('_cjk: codec not loaded');
  return t!;
}

function intArg(v: number): number {
  const n = intValue(v);
  if (n === null) typeError('_cjk: an int is required');
  return Number(n);
}

/** decode()'s result: the text decoded so far, where it stopped, the error's end and reason. */
function decodeResult(cps: number[], stop: number, end: number, reason: 0 | 1 | 2): number {
  return newTuple([strFromCodePoints(cps), intFromNumber(stop), intFromNumber(end), intFromNumber(reason)]);
}

function decode(t: CjkTable, d: Uint8Array, start: number, final: boolean): number {
  const single = t.single;
  const n = d.length;
  const cps: number[] = [];
  let i = start;
  while (i < n) {
    const s = single[d[i]];
    if (s >= 0) {
      cps.push(s);
      i++;
      continue;
    }
    if (s === ILLEGAL) return decodeResult(cps, i, i + 1, 1);
    const u = decodeUnit(t, d, i, n);
    if (u.error === 2) {
      if (!final) break;
      return decodeResult(cps, i, n, 2);
    }
    if (u.error === 1) return decodeResult(cps, i, i + u.length, 1);
    if (u.text !== null) for (const c of u.text) cps.push(c.codePointAt(0)!);
    else cps.push(u.cp);
    i += u.length;
  }
  return decodeResult(cps, i, i, 0);
}

function encode(t: CjkTable, cps: number[], start: number, final: boolean): number {
  const enc = encoding(t);
  const n = cps.length;
  let out = new Uint8Array(Math.max(16, (n - start) * 2));
  let size = 0;
  const put = (b: Uint8Array): void => {
    if (size + b.length > out.length) {
      const grown = new Uint8Array(out.length * 2 + b.length);
      grown.set(out.subarray(0, size));
      out = grown;
    }
    if (b.length === 1) out[size++] = b[0];
    else { out.set(b, size); size += b.length; }
  };
  let i = start;
  let failed = false;
  while (i < n) {
    const cp = cps[i];
    if (t.pairStarts.has(cp)) {
      if (i + 1 >= n && !final) break;
      if (i + 1 < n) {
        const b = t.pairs.get(`${cp},${cps[i + 1]}`);
        if (b !== undefined) { put(b); i += 2; continue; }
      }
    }
    let b: Uint8Array | null | undefined = enc.get(cp);
    if (b === undefined && !t.exceptions.has(cp)) b = fourByteOf(t, cp);
    if (b === undefined || b === null) { failed = true; break; }
    put(b);
    i++;
  }
  return newTuple([newBytes(out.subarray(0, size)), intFromNumber(i), failed ? K.True : K.False]);
}

export function makeCjkModule(): number {
  const m = newModule('_cjk');
  moduleSet(m, 'load', defineBuiltin('load', (a) => {
    const name = strJs(strObj(a[0]));
    if (!tables.has(name)) tables.set(name, parseCjkTable(strJs(strObj(a[1]))));
    return K.None;
  }));
  moduleSet(m, 'loaded', defineBuiltin('loaded', (a) => (tables.has(strJs(strObj(a[0]))) ? K.True : K.False)));
  moduleSet(m, 'decode', defineBuiltin('decode', (a) => {
    const d = bytesOf(a[1]);
    if (d === null) typeError('a bytes-like object is required');
    return decode(tableOf(a[0]), d!, intArg(a[2]), a[3] === K.True);
  }));
  moduleSet(m, 'encode', defineBuiltin('encode', (a) => {
    const s = strObj(a[1]);
    if (s === 0) typeError("couldn't convert the object to unicode.");
    return encode(tableOf(a[0]), strCodePoints(s), intArg(a[2]), a[3] === K.True);
  }));
  return m;
}
