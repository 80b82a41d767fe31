// printf-style formatting: str % args (%s %r %a %c %d %i %u %o %x %X %e %E %f %F %g %G %%,
// flags, * widths, %(name)s with a mapping), numbers through vm/text's percentFormatNumber.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { getitem, repr, str as pyStr, tname, index } from '../runtime/protocol';
import { newStr, strJs, strLen, strCodeAt } from './str_core';
import { tupleItems } from './tuple_core';
import { FormatError, percentFormatNumber } from '../text';
import { intValue, intFromObject } from './int';
import { floatOf, floatFromObject } from './float';
import { L_TUPLE, L_DICT } from '../runtime/layouts';
import { asciiRepr } from './str_ascii';
import { typeInfo, isSubtype } from './type_core';
import { strObj } from './str';
import { toBigInt } from './int_core';
import { tupleOf } from './tuple';
import { bytesOf } from './bytes';
import { newBytes } from './bytes_core';
import { getattrOpt, callSpecial, isInstance } from '../runtime/protocol';
import { intern, newStrBreaks, noteBreak } from './str_core';

/** fmt % argsObj for a str format: `fmtBreaks` are the format's own lone surrogate pairs
 *  (str_core.ts lonePairBreaks), kept two code points in the result as the pieces' are. */
export function percentFormat(fmt: string, argsObj: number, fmtBreaks: readonly number[] = []): number {
  const breaks: number[] = [];
  return newStrBreaks(percentCore(fmt, argsObj, false, breaks, fmtBreaks), breaks); // ('%s%s' % (hi, lo): two code points)
}

/** bytes % args: the format and the result are byte strings (held as latin-1 JS strings). */
export function bytesPercent(fmt: Uint8Array, argsObj: number): Uint8Array {
  let f = '';
  for (let i = 0; i < fmt.length; i++) f += String.fromCharCode(fmt[i]);
  const out = percentCore(f, argsObj, true);
  const b = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
  return b;
}

function latin1Of(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function percentCore(fmt: string, argsObj: number, bytesMode: boolean, breaks: number[] | null = null, fmtBreaks: readonly number[] = []): string {
  const t = tupleOf(argsObj);
  const args = t !== 0 ? tupleItems(t) : [argsObj];
  const isMapping = t === 0 && (argsObj & 1) === 0 && ((mem[argsObj] & 0x7ff) === L_DICT || (typeInfo(typeOf(argsObj)).slots.getitem !== null && strObj(argsObj) === 0 && bytesOf(argsObj) === null && !isSubtype(typeOf(argsObj), T.tuple)));
  let ai = 0;
  let usedMapping = false;
  const nextArg = (): number => {
    if (ai >= args.length) typeError('not enough arguments for format string');
    return args[ai++];
  };
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    if (fmt.charCodeAt(i) !== 37) {
      // a run of literal text up to the next '%', appended at once
      let j = fmt.indexOf('%', i);
      if (j < 0) j = fmt.length;
      const run = fmt.slice(i, j);
      if (breaks !== null) {
        noteBreak(out, run, breaks);
        for (const b of fmtBreaks) if (b > i && b < j) breaks.push(out.length + b - i);
      }
      out += run;
      i = j;
      continue;
    }
    i++;
    if (i >= fmt.length) valueError('incomplete format');
    if (fmt[i] === '%') {
      // only "%%" is a literal percent: after a key, flags, width or precision, '%' is an
      // unsupported conversion (CPython 3.11)
      out += '%';
      i++;
      continue;
    }
    let key: number | null = null;
    if (fmt[i] === '(') {
      if (!isMapping) typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) valueError('incomplete format key');
      const name = fmt.slice(i + 1, j - 1);
      key = getitem(argsObj, bytesMode ? newBytes(Uint8Array.from(name, (ch) => ch.charCodeAt(0))) : newStr(name));
      usedMapping = true;
      i = j;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]) && i < fmt.length) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') {
      // (a Py_ssize_t; its minimum stays negative when negated in C: no padding)
      const w = starArg(nextArg(), SSIZE_MIN, SSIZE_MAX, 'ssize_t');
      width = Number(w < 0n ? -w : w);
      if (w < 0n) {
        flags += '-';
        if (w === SSIZE_MIN) width = -1;
      }
      i++;
    } else {
      let w = '';
      while (/[0-9]/.test(fmt[i] ?? '')) w += fmt[i++];
      if (w) width = Number(w);
      if (w && BigInt(w) > 9223372036854775807n) valueError('width too big'); // (past Py_ssize_t, as CPython)
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        // (a C int; a negative one is 0, as CPython)
        prec = Math.max(0, Number(starArg(nextArg(), -2147483648n, 2147483647n, 'int')));
        i++;
      } else {
        let p = '';
        while (/[0-9]/.test(fmt[i] ?? '')) p += fmt[i++];
        prec = p ? Number(p) : 0;
        if (prec > 2147483647) valueError(bytesMode ? 'prec too big' : 'precision too big'); // (past INT_MAX)
      }
    }
    while ('hlL'.includes(fmt[i] ?? 'x') && i < fmt.length) i++;
    if (i >= fmt.length) valueError('incomplete format');
    const conv = fmt[i++];
    const v = key !== null ? key : nextArg();
    const piece = bytesMode ? convertBytes(conv, flags, width, prec, v, i - 1) : convert(conv, flags, width, prec, v, i - 1);
    if (breaks !== null) noteBreak(out, piece, breaks);
    out += piece;
  }
  if (ai < args.length && !usedMapping && !isMapping) typeError(`not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  return out;
}

const SSIZE_MIN = -9223372036854775808n;
const SSIZE_MAX = 9223372036854775807n;

/** A `*` width or precision: an int that fits the C type CPython converts it to. */
function starArg(v: number, min: bigint, max: bigint, ctype: string): bigint {
  if ((v & 1) === 0 && !isInstance(v, T.int)) typeError('* wants int');
  const n = toBigInt(index(v));
  if (n < min || n > max) raise(T.OverflowError, `Python int too large to convert to C ${ctype}`);
  return n;
}

function convertBytes(conv: string, flags: string, width: number, prec: number, v: number, at: number): string {
  if (conv === 's' || conv === 'b') {
    let b = bytesOf(v);
    if (b === null) {
      if ((v & 1) === 0 && getattrOpt(v, intern('__bytes__')) !== 0) b = bytesOf(callSpecial(v, intern('__bytes__'), []));
      if (b === null) typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${tname(v)}'`);
    }
    let s = latin1Of(b!);
    if (prec >= 0) s = s.slice(0, prec);
    return pad(s, flags, width);
  }
  if (conv === 'r' || conv === 'a') {
    let s = strJs(asciiRepr(v));
    if (prec >= 0) s = s.slice(0, prec);
    return pad(s, flags, width);
  }
  if (conv === 'c') {
    const b = bytesOf(v);
    if (b !== null && b.length === 1) return pad(String.fromCharCode(b[0]), flags, width);
    const iv = b === null ? intValue(v) : null;
    if (iv === null) return typeError('%c requires an integer in range(256) or a single byte');
    if (iv < 0n || iv > 255n) raise(T.OverflowError, '%c arg not in range(256)');
    return pad(String.fromCharCode(Number(iv)), flags, width);
  }
  return convert(conv, flags, width, prec, v, at);
}

function pad(s: string, flags: string, width: number): string {
  if (width <= s.length) return s;
  const n = [...s].length;
  if (width <= n) return s;
  return flags.includes('-') ? s + ' '.repeat(width - n) : ' '.repeat(width - n) + s;
}

function convert(conv: string, flags: string, width: number, prec: number, v: number, at: number): string {
  try {
    switch (conv) {
      case 's': {
        let s = strJs(pyStr(v));
        if (prec >= 0) s = [...s].slice(0, prec).join('');
        return pad(s, flags, width);
      }
      case 'r': {
        let s = strJs(repr(v));
        if (prec >= 0) s = [...s].slice(0, prec).join('');
        return pad(s, flags, width);
      }
      case 'a': {
        let s = strJs(asciiRepr(v));
        if (prec >= 0) s = [...s].slice(0, prec).join('');
        return pad(s, flags, width);
      }
      case 'c': {
        const so = strObj(v);
        if (so !== 0) {
          if (strLen(so) !== 1) typeError('%c requires int or char');
          return pad(String.fromCodePoint(strCodeAt(so, 0)), flags, width);
        }
        const iv = intValue(v);
        if (iv === null) typeError('%c requires int or char');
        if (iv! < 0n || iv! > 0x10ffffn) raise(T.OverflowError, '%c arg not in range(0x110000)');
        return pad(String.fromCodePoint(Number(iv)), flags, width);
      }
      case 'd': case 'i': case 'u': {
        if ((v & 1) === 1 && flags === '' && width < 0 && prec < 0) return String(v >> 1); // (a tagged int, plain)
        let n = intValue(v);
        if (n === null) {
          const f = floatOf(v);
          if (f !== null) n = intFromObjectSafe(v);
          else if (typeInfo(typeOf(v)).slots.int !== null || typeInfo(typeOf(v)).slots.index !== null) n = intFromObject(v);
          else typeError(`%${conv} format: a real number is required, not ${tname(v)}`);
        }
        return percentFormatNumber(conv, flags, width, prec, n!);
      }
      case 'o': case 'x': case 'X': {
        let n = intValue(v);
        if (n === null) {
          if (typeInfo(typeOf(v)).slots.index === null) typeError(`%${conv} format: an integer is required, not ${tname(v)}`);
          n = intValue(index(v));
        }
        return percentFormatNumber(conv, flags, width, prec, n!);
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let f = floatOf(v);
        if (f === null) {
          const iv = intValue(v);
          if (iv !== null) f = floatFromObject(v);
          else if (typeInfo(typeOf(v)).slots.float !== null || typeInfo(typeOf(v)).slots.index !== null) f = floatFromObject(v);
          else typeError(`must be real number, not ${tname(v)}`);
        }
        return percentFormatNumber(conv, flags, width, prec, f!);
      }
      default:
        return valueError(`unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${at}`);
    }
  } catch (e) {
    if (e instanceof FormatError) return raise(T[e.pyType], e.message);
    throw e;
  }
}

function intFromObjectSafe(v: number): bigint { return intFromObject(v); }

export const _keep = [K, L_TUPLE];
