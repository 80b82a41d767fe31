// The `unicodedata` module, as CPython 3.11's: Unicode 14.0 character properties
// (unicodedata_db.ts), names and name lookup with aliases and named sequences
// (compiler/unicode_names.ts, the table behind \N{...}), and normalization
// (unicodedata_normalize.ts). Not provided: `ucd_3_2_0` (the Unicode 3.2 database that only
// IDNA's stringprep uses) and the `UCD` type; importing them is an ImportError.
import { K } from '../runtime/types';
import { T } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { tname } from '../runtime/protocol';
import { intern, newStr, strCodeAt, strCodePoints, strFromCodePoints, strJs, strLen } from '../objects/str_core';
import { strObj } from '../objects/str';
import { intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { tupleLen } from '../objects/tuple_core';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { lookupNamedSequence, lookupUnicodeName, unicodeNameOf } from '../../compiler/unicode_names';
import { ucdDecomposition, ucdRecord } from './unicodedata_db';
import { normalizeCodePoints, type NormalForm } from './unicodedata_normalize';
import { UNIDATA_VERSION } from './unicodedata_data';

/** Checks the positional argument count (CPython's messages for these functions). */
function arity(fname: string, a: number[], kw: number, min: number, max: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`unicodedata.${fname}() takes no keyword arguments`);
  if (min === max && a.length !== min) {
    typeError(min === 1 ? `unicodedata.${fname}() takes exactly one argument (${a.length} given)`
      : `${fname} expected ${min} arguments, got ${a.length}`);
  }
  if (a.length < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
  if (a.length > max) typeError(`${fname} expected at most ${max} arguments, got ${a.length}`);
}

/** The code point of a one-character str argument (`only`: the function's one argument). */
function charArg(fname: string, v: number, only: boolean): number {
  const s = strObj(v);
  if (s === 0 || strLen(s) !== 1) typeError(`${fname}() argument ${only ? '' : '1 '}must be a unicode character, not ${tname(v)}`);
  return strCodeAt(s, 0);
}

function strArg(fname: string, v: number, pos: number): number {
  const s = strObj(v);
  if (s === 0) typeError(`${fname}() argument ${pos} must be str, not ${tname(v)}`);
  return s;
}

function belowA0(s: number): boolean {
  for (let i = 0, n = strLen(s); i < n; i++) if (strCodeAt(s, i) >= 0xa0) return false;
  return true;
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

function formArg(fname: string, v: number): NormalForm {
  const form = strJs(strArg(fname, v, 1));
  if (!FORMS.has(form)) valueError('invalid normalization form');
  return form as NormalForm;
}

export function makeUnicodedataModule(): number {
  const m = newModule('unicodedata');
  const fn = (name: string, impl: (a: number[], kw: number) => number): void => moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'unidata_version', newStr(UNIDATA_VERSION));
  moduleSet(m, '__doc__', newStr('This module provides access to the Unicode Character Database which\n'
    + 'defines character properties for all Unicode characters. The data contained in\n'
    + 'this database is based on the UnicodeData.txt file version\n'
    + `${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.\n\n`
    + 'The module uses the same names and symbols as defined by the\n'
    + 'UnicodeData File Format 14.0.0.'));

  /** A property with an optional default: (chr[, default]); `missing` when there is none. */
  const withDefault = (name: string, get: (cp: number) => number | null, missing: string): void => fn(name, (a, kw) => {
    arity(name, a, kw, 1, 2);
    const r = get(charArg(name, a[0], false));
    if (r !== null) return r;
    return a.length > 1 ? a[1] : valueError(missing);
  });
  withDefault('name', (cp) => { const n = unicodeNameOf(cp); return n === undefined ? null : newStr(n); }, 'no such name');
  withDefault('decimal', (cp) => { const d = ucdRecord(cp).decimal; return d === null ? null : intFromNumber(d); }, 'not a decimal');
  withDefault('digit', (cp) => { const d = ucdRecord(cp).digit; return d === null ? null : intFromNumber(d); }, 'not a digit');
  withDefault('numeric', (cp) => { const d = ucdRecord(cp).numeric; return d === null ? null : newFloat(d); }, 'not a numeric character');

  const simple = (name: string, get: (cp: number) => number): void => fn(name, (a, kw) => {
    arity(name, a, kw, 1, 1);
    return get(charArg(name, a[0], true));
  });
  simple('category', (cp) => intern(ucdRecord(cp).category));
  simple('bidirectional', (cp) => intern(ucdRecord(cp).bidirectional));
  simple('combining', (cp) => intFromNumber(ucdRecord(cp).combining));
  simple('east_asian_width', (cp) => intern(ucdRecord(cp).eastAsianWidth));
  simple('mirrored', (cp) => intFromNumber(ucdRecord(cp).mirrored));
  simple('decomposition', (cp) => newStr(ucdDecomposition(cp)));

  fn('lookup', (a, kw) => {
    arity('lookup', a, kw, 1, 1);
    const s = strObj(a[0]);
    if (s === 0) typeError(`a bytes-like object is required, not '${tname(a[0])}'`);
    const name = strJs(s);
    if (name.length > 256) raise(T.KeyError, 'name too long');
    const cp = lookupUnicodeName(name);
    if (cp !== undefined) return strFromCodePoints([cp]);
    const seq = lookupNamedSequence(name);
    if (seq !== undefined) return strFromCodePoints(seq);
    return raise(T.KeyError, `undefined character name '${name}'`);
  });
  fn('normalize', (a, kw) => {
    arity('normalize', a, kw, 2, 2);
    const form = formArg('normalize', a[0]);
    const s = strArg('normalize', a[1], 2);
    if (belowA0(s)) return s; // nothing below U+00A0 decomposes or composes: CPython's `is` holds
    return strFromCodePoints(normalizeCodePoints(form, strCodePoints(s)));
  });
  fn('is_normalized', (a, kw) => {
    arity('is_normalized', a, kw, 2, 2);
    const form = formArg('is_normalized', a[0]);
    const s = strArg('is_normalized', a[1], 2);
    if (belowA0(s)) return K.True;
    const cps = strCodePoints(s);
    const n = normalizeCodePoints(form, cps);
    return n.length === cps.length && n.every((c, i) => c === cps[i]) ? K.True : K.False;
  });
  return m;
}
