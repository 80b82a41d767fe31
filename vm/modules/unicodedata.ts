// The `unicodedata` module, as CPython 3.11's: Unicode 14.0 character properties
// (unicodedata_db.ts), names and name lookup with aliases and named sequences
// (compiler/unicode_names.ts, the table behind \N{...}), and normalization
// (unicodedata_normalize.ts); and `ucd_3_2_0`, the one instance of the `UCD` type, which answers
// the same questions by Unicode 3.2 (unicodedata_3_2_0.ts: what stringprep and IDNA use).
import { argTypeName } from '../runtime/protocol';
import { K } from '../runtime/types';
import { T } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { tname } from '../runtime/protocol';
import { intern, newStr, strCodeAt, strCodePoints, strFromCodePoints, strJs, strLen } from '../objects/str_core';
import { strObj } from '../objects/str';
import { intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { tupleLen } from '../objects/tuple_core';
import { defineBuiltin, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { newIter } from '../objects/iterators';
import { L_ITER } from '../runtime/layouts';
import { makeBuiltinType } from '../runtime/typedef';
import { pin } from '../runtime/pinned';
import { lookupNamedSequence, lookupUnicodeName, unicodeNameOf } from '../../compiler/unicode_names';
import { ucdDecomposition, ucdRecord, type UcdRecord } from './unicodedata_db';
import { ucd32Decomposition, ucd32Named, ucd32Record } from './unicodedata_3_2_0';
import { normalizeCodePoints, type NormalForm } from './unicodedata_normalize';
import { UNIDATA_VERSION } from './unicodedata_data';
import { UCD_3_2_0_VERSION } from './unicodedata_3_2_0_data';

/** Checks the positional argument count (CPython's messages for these functions; `owner` is
 *  'unicodedata' for the module's functions, 'UCD' for ucd_3_2_0's methods). */
function arity(owner: string, fname: string, a: number[], kw: number, min: number, max: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`${owner}.${fname}() takes no keyword arguments`);
  if (min === max && a.length !== min) {
    typeError(min === 1 ? `${owner}.${fname}() takes exactly one argument (${a.length} given)`
      : `${fname} expected ${min} arguments, got ${a.length}`);
  }
  if (a.length < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
  if (a.length > max) typeError(`${fname} expected at most ${max} arguments, got ${a.length}`);
}

/** The code point of a one-character str argument (`only`: the function's one argument). */
function charArg(fname: string, v: number, only: boolean): number {
  const s = strObj(v);
  if (s === 0 || strLen(s) !== 1) typeError(`${fname}() argument ${only ? '' : '1 '}must be a unicode character, not ${argTypeName(v)}`);
  return strCodeAt(s, 0);
}

function strArg(fname: string, v: number, pos: number): number {
  const s = strObj(v);
  if (s === 0) typeError(`${fname}() argument ${pos} must be str, not ${argTypeName(v)}`);
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

/** One Unicode database as the functions see it: 14.0 (the module's) or 3.2 (ucd_3_2_0's). */
interface Database {
  owner: string;
  record: (cp: number) => UcdRecord;
  decomposition: (cp: number) => string;
  name: (cp: number) => string | undefined;
  lookup: (name: string) => number | number[] | undefined;
  unicode32: boolean;
}

const CURRENT: Database = {
  owner: 'unicodedata',
  record: ucdRecord,
  decomposition: ucdDecomposition,
  name: unicodeNameOf,
  lookup: (name) => lookupUnicodeName(name) ?? lookupNamedSequence(name),
  unicode32: false,
};

/** CPython's _getcode under ucd_3_2_0: Hangul syllables and CJK unified ideographs are computed
 *  without a version check; any other hit must be the character's own name (3.2 had no aliases
 *  and no named sequences) and the character assigned in 3.2. */
function lookup32(name: string): number | undefined {
  const upper = name.toUpperCase();
  const cp = lookupUnicodeName(upper);
  if (cp === undefined) return undefined;
  if (upper.startsWith('HANGUL SYLLABLE ') || upper.startsWith('CJK UNIFIED IDEOGRAPH-')) return cp;
  return unicodeNameOf(cp) === upper && ucd32Named(cp) ? cp : undefined;
}

const UNICODE_3_2: Database = {
  owner: 'UCD',
  record: ucd32Record,
  decomposition: ucd32Decomposition,
  name: (cp) => (ucd32Named(cp) ? unicodeNameOf(cp) : undefined),
  lookup: lookup32,
  unicode32: true,
};

/** The module's functions (method: false) or ucd_3_2_0's methods (method: true, a[0] is self). */
function databaseFunctions(db: Database, method: boolean): Record<string, BuiltinImpl> {
  const fns: Record<string, BuiltinImpl> = {};
  const fn = (name: string, impl: (a: number[], kw: number) => number): void => {
    fns[name] = method ? (a, kw) => impl(a.slice(1), kw) : impl;
  };
  const owner = db.owner;
  /** A property with an optional default: (chr[, default]); `missing` when there is none. */
  const withDefault = (name: string, get: (cp: number) => number | null, missing: string): void => fn(name, (a, kw) => {
    arity(owner, name, a, kw, 1, 2);
    const r = get(charArg(name, a[0], false));
    if (r !== null) return r;
    return a.length > 1 ? a[1] : valueError(missing);
  });
  withDefault('name', (cp) => { const n = db.name(cp); return n === undefined ? null : newStr(n); }, 'no such name');
  withDefault('decimal', (cp) => { const d = db.record(cp).decimal; return d === null ? null : intFromNumber(d); }, 'not a decimal');
  withDefault('digit', (cp) => { const d = db.record(cp).digit; return d === null ? null : intFromNumber(d); }, 'not a digit');
  withDefault('numeric', (cp) => { const d = db.record(cp).numeric; return d === null ? null : newFloat(d); }, 'not a numeric character');

  const simple = (name: string, get: (cp: number) => number): void => fn(name, (a, kw) => {
    arity(owner, name, a, kw, 1, 1);
    return get(charArg(name, a[0], true));
  });
  simple('category', (cp) => intern(db.record(cp).category));
  simple('bidirectional', (cp) => intern(db.record(cp).bidirectional));
  simple('combining', (cp) => intFromNumber(db.record(cp).combining));
  simple('east_asian_width', (cp) => intern(db.record(cp).eastAsianWidth));
  simple('mirrored', (cp) => intFromNumber(db.record(cp).mirrored));
  simple('decomposition', (cp) => newStr(db.decomposition(cp)));

  fn('lookup', (a, kw) => {
    arity(owner, 'lookup', a, kw, 1, 1);
    const s = strObj(a[0]);
    if (s === 0) typeError(`a bytes-like object is required, not '${tname(a[0])}'`);
    const name = strJs(s);
    if (name.length > 256) raise(T.KeyError, 'name too long');
    const found = db.lookup(name);
    if (found === undefined) return raise(T.KeyError, `undefined character name '${name}'`);
    return strFromCodePoints(typeof found === 'number' ? [found] : found);
  });
  fn('normalize', (a, kw) => {
    arity(owner, 'normalize', a, kw, 2, 2);
    const form = formArg('normalize', a[0]);
    const s = strArg('normalize', a[1], 2);
    if (belowA0(s)) return s; // nothing below U+00A0 decomposes or composes: CPython's `is` holds
    return strFromCodePoints(normalizeCodePoints(form, strCodePoints(s), db.unicode32));
  });
  fn('is_normalized', (a, kw) => {
    arity(owner, 'is_normalized', a, kw, 2, 2);
    const form = formArg('is_normalized', a[0]);
    const s = strArg('is_normalized', a[1], 2);
    if (belowA0(s)) return K.True;
    const cps = strCodePoints(s);
    const n = normalizeCodePoints(form, cps, db.unicode32);
    return n.length === cps.length && n.every((c, i) => c === cps[i]) ? K.True : K.False;
  });
  return fns;
}

let ucdType = 0;
let ucd320 = 0;

/** bootCore: the UCD class and its one instance ucd_3_2_0, made at boot so that every worker's
 *  replay names the same class and methods (a pool worker's capture run of the module's factory
 *  must change no heap object: vm/objects/builtin_function.ts). */
export function initUnicodedataTypes(): void {
  ucdType = makeBuiltinType({
    name: 'UCD',
    module: 'unicodedata',
    layout: L_ITER,
    final: true,
    slots: { new: () => typeError("cannot create 'unicodedata.UCD' instances") },
    methods: databaseFunctions(UNICODE_3_2, true),
    getters: { unidata_version: () => newStr(UCD_3_2_0_VERSION) },
    readonlyMembers: ['unidata_version'],
  });
  ucd320 = pin(newIter(ucdType, 0, 0, 0, true)); // (old space: a pinned object)
}

export function makeUnicodedataModule(): number {
  const m = newModule('unicodedata');
  moduleSet(m, 'unidata_version', newStr(UNIDATA_VERSION));
  moduleSet(m, '__doc__', newStr('This module provides access to the Unicode Character Database which\n'
    + 'defines character properties for all Unicode characters. The data contained in\n'
    + 'this database is based on the UnicodeData.txt file version\n'
    + `${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.\n\n`
    + 'The module uses the same names and symbols as defined by the\n'
    + 'UnicodeData File Format 14.0.0.'));
  for (const [name, impl] of Object.entries(databaseFunctions(CURRENT, false))) moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'UCD', ucdType);
  moduleSet(m, 'ucd_3_2_0', ucd320);
  return m;
}
