// str.format / str.format_map: the replacement-field grammar of PEP 3101 ({0}, {name},
// {x.attr}, {y[0]}, {!r}, {:spec} with nested fields, {{ and }}), automatic numbering and
// CPython's error messages.
import { K, T } from '../runtime/types';
import { raise, typeError, valueError, indexError } from '../runtime/errors';
import { getattr, getitem, repr, str as pyStr } from '../runtime/protocol';
import { intern, newStr, newStrBreaks, noteBreak, strJs } from './str_core';
import { intFromBigInt, intFromNumber } from './int_core';
import { tupleItem, tupleLen } from './tuple_core';
import { formatValue } from './str';
import { asciiRepr } from './str_ascii';

interface Args {
  positional: number[];
  keyword: (name: string) => number;
}

/** fmt.format(*args): `fmtBreaks` are the format's own lone surrogate pairs (str_core.ts
 *  lonePairBreaks), kept two code points in the result as the replaced fields' are. */
export function strFormat(fmt: string, args: number[], kwnames: number, fmtBreaks: readonly number[] = []): number {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const positional = args.slice(0, args.length - nkw);
  const kwvals = args.slice(args.length - nkw);
  const keyword = (name: string): number => {
    for (let i = 0; i < nkw; i++) if (strJs(tupleItem(kwnames, i)) === name) return kwvals[i];
    return raise(T.KeyError, '') || 0;
  };
  const breaks: number[] = [];
  return newStrBreaks(render(fmt, { positional, keyword: (n) => keywordOrKeyError(keyword, n) }, 2, false, undefined, breaks, fmtBreaks), breaks);
}

function keywordOrKeyError(get: (n: string) => number, name: string): number {
  try {
    return get(name);
  } catch {
    return keyError(name);
  }
}

import { newException } from '../runtime/errors';
import { newTuple } from './tuple_core';
import { PyException } from '../runtime/errors';
function keyError(name: string): never {
  throw new PyException(newException(T.KeyError, newTuple([newStr(name)])));
}

export function strFormatMap(fmt: string, mapping: number, fmtBreaks: readonly number[] = []): number {
  const breaks: number[] = [];
  return newStrBreaks(render(fmt, {
    positional: [],
    keyword: (name) => getitem(mapping, newStr(name)),
  }, 2, true, undefined, breaks, fmtBreaks), breaks);
}

interface Numbering { auto: number; mode: 'none' | 'auto' | 'manual' }

/** `breaks` (top level only): where appending joined two lone surrogates (str_core noteBreak).
 *  Between two literal characters of fmt only `fmtBreaks` (fmt's own lone pairs) break: a high
 *  and low surrogate side by side in fmt's text are otherwise one astral character. */
function render(fmt: string, args: Args, depth: number, mapOnly = false, st: Numbering = { auto: 0, mode: 'none' }, breaks: number[] | null = null, fmtBreaks: readonly number[] = []): string {
  if (depth < 0) valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  let litEnd = -1; // (the index after the literal character appended last, when it was the last thing)
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    if (c !== '{') {
      if (breaks !== null) {
        if (litEnd !== i) noteBreak(out, c, breaks);
        else if (fmtBreaks.includes(i)) breaks.push(out.length);
      }
      out += c;
      i++;
      litEnd = i;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // parse a field up to its matching brace
    if (i + 1 >= fmt.length) valueError("Single '{' encountered in format string");
    let j = i + 1;
    let level = 1;
    let inBracket = false;
    let inSpec = false;
    while (j < fmt.length) {
      const d = fmt[j];
      if (!inSpec && d === '[') inBracket = true;
      else if (!inSpec && d === ']') inBracket = false;
      else if (!inBracket && !inSpec && d === '!') {
        inSpec = true;
        j++; // the conversion character, whatever it is
      } else if (!inBracket && d === ':') inSpec = true;
      else if (!inBracket && d === '{') level++;
      else if (!inBracket && d === '}') {
        level--;
        if (level === 0) break;
      }
      j++;
    }
    if (j >= fmt.length) valueError(inSpec ? "unmatched '{' in format spec" : "expected '}' before end of string");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    // split field_name ! conversion : spec (the name part may contain [..] with : or !)
    let k = 0;
    let bracket = false;
    while (k < field.length) {
      const d = field[k];
      if (d === '[') bracket = true;
      else if (d === ']') bracket = false;
      else if (!bracket && (d === '!' || d === ':')) break;
      k++;
    }
    const name = field.slice(0, k);
    let conv = '';
    let spec = '';
    if (field[k] === '!') {
      if (k + 1 >= field.length) valueError('end of string while looking for conversion specifier');
      conv = field[k + 1];
      if (k + 2 < field.length && field[k + 2] !== ':') valueError('expected \':\' after conversion specifier');
      spec = field.slice(k + 3);
    } else if (field[k] === ':') spec = field.slice(k + 1);
    // the object
    const m = /^([^.[]*)(.*)$/s.exec(name)!;
    const first = m[1];
    let obj: number;
    if (first === '') {
      if (st.mode === 'manual') valueError('cannot switch from manual field specification to automatic field numbering');
      st.mode = 'auto';
      if (mapOnly) valueError('Format string contains positional fields');
      if (st.auto >= args.positional.length) indexError(`Replacement index ${st.auto} out of range for positional args tuple`);
      obj = args.positional[st.auto++];
    } else if (/^\d+$/.test(first)) {
      if (st.mode === 'auto') valueError('cannot switch from automatic field numbering to manual field specification');
      st.mode = 'manual';
      const idx = fieldNumber(first);
      if (mapOnly) valueError('Format string contains positional fields');
      if (idx >= BigInt(args.positional.length)) indexError(`Replacement index ${idx} out of range for positional args tuple`);
      obj = args.positional[Number(idx)];
    } else obj = args.keyword(first);
    let rest = m[2];
    while (rest.length > 0) {
      if (rest[0] === '.') {
        const a = /^\.([^.[]*)/.exec(rest)!;
        if (a[1] === '') valueError('Empty attribute in format string');
        obj = getattr(obj, intern(a[1]));
        rest = rest.slice(a[0].length);
      } else if (rest[0] === '[') {
        const close = rest.indexOf(']');
        if (close < 0) valueError("Missing ']' in format string");
        const key = rest.slice(1, close);
        if (key === '') valueError('Empty attribute in format string');
        obj = getitem(obj, /^\d+$/.test(key) ? intFromBigInt(fieldNumber(key)) : newStr(key));
        rest = rest.slice(close + 1);
        if (rest.length > 0 && rest[0] !== '.' && rest[0] !== '[') valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
      } else valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
    if (conv === 'r') obj = repr(obj);
    else if (conv === 's') obj = pyStr(obj);
    else if (conv === 'a') obj = asciiRepr(obj);
    else if (conv !== '') valueError(`Unknown conversion specifier ${conv}`);
    // nested fields inside the spec
    const specText = spec.includes('{') ? render(spec, {
      positional: args.positional,
      keyword: args.keyword,
    }, depth - 1, mapOnly, st) : spec;
    const piece = strJs(formatValue(obj, newStr(specText)));
    if (breaks !== null) noteBreak(out, piece, breaks);
    out += piece;
  }
  return out;
}

/** A field number or element index written in digits: past Py_ssize_t it is CPython's
 *  ValueError (a BigInt, so the IndexError names the exact number below that). */
function fieldNumber(digits: string): bigint {
  const n = BigInt(digits);
  if (n > 9223372036854775807n) valueError('Too many decimal digits in format string');
  return n;
}

export const _keep = [K, typeError];
