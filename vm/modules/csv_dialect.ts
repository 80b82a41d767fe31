// _csv.Dialect (CPython 3.11's Modules/_csv.c dialect_new and its getters): the validated,
// immutable options of a reader or writer. Layout L_ITER, written once at creation (no barrier
// needed after): [class, __dict__ (subclasses), delimiter, quotechar, escapechar, doublequote,
// skipinitialspace, strict, quoting, lineterminator]; the characters are tagged code points,
// NOT_SET (-1) for None, the flags tagged 0/1, lineterminator a str. `callDialect` is
// _call_dialect (what reader(), writer() and register_dialect() build their dialect with).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_ITER, L_INT } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, overflowError, raise, typeError } from '../runtime/errors';
import { getattr, tname, truthy } from '../runtime/protocol';
import { charStr, intern, strCodeAt, strLen } from '../objects/str_core';
import { strObj } from '../objects/str';
import { toBigInt } from '../objects/int_core';
import { dictGet } from '../objects/dict_core';
import { isSubtype } from '../objects/type_core';
import { tupleItem, tupleLen } from '../objects/tuple_core';
import { strJs } from '../objects/str_core';

export const NOT_SET = -1;
export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

export const DI_DELIMITER = 4;
export const DI_QUOTECHAR = 5;
export const DI_ESCAPECHAR = 6;
export const DI_DOUBLEQUOTE = 7;
export const DI_SKIPSPACE = 8;
export const DI_STRICT = 9;
export const DI_QUOTING = 10;
export const DI_LINETERM = 11;

/** The dialect's options as JS values (for one reader/writer call). */
export interface DialectOpts {
  delimiter: number;
  quotechar: number;
  escapechar: number;
  doublequote: boolean;
  skipinitialspace: boolean;
  strict: boolean;
  quoting: number;
  lineterminator: number;
}

export function dialectOpts(d: number): DialectOpts {
  return {
    delimiter: mem[d + DI_DELIMITER] >> 1,
    quotechar: mem[d + DI_QUOTECHAR] >> 1,
    escapechar: mem[d + DI_ESCAPECHAR] >> 1,
    doublequote: mem[d + DI_DOUBLEQUOTE] === 3,
    skipinitialspace: mem[d + DI_SKIPSPACE] === 3,
    strict: mem[d + DI_STRICT] === 3,
    quoting: mem[d + DI_QUOTING] >> 1,
    lineterminator: mem[d + DI_LINETERM],
  };
}

/** The registry and the Error class live in csv_module.ts (set by its init). */
export const csvState = { dialects: 0, error: 0, dialectType: 0, readerType: 0, writerType: 0 };

const KWS = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

/** PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", dialect_kws): 0 for absent. */
function parseDialectArgs(args: number[], kw: number): number[] {
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  const npos = args.length - nkw;
  if (npos + nkw > KWS.length) typeError(`function takes at most ${KWS.length} arguments (${npos + nkw} given)`);
  const out = new Array<number>(KWS.length).fill(0);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = strJs(tupleItem(kw, k));
    const i = KWS.indexOf(name);
    if (i < 0) typeError(`'${name}' is an invalid keyword argument for this function`);
    if (i < npos) typeError(`argument for function given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

function setChar(name: string, src: number, dflt: number): number {
  if (src === 0) return dflt;
  const s = strObj(src);
  if (s === 0) typeError(`"${name}" must be string, not ${tname(src)}`);
  if (strLen(s) !== 1) typeError(`"${name}" must be a 1-character string`);
  return strCodeAt(s, 0);
}

function setCharOrNone(name: string, src: number, dflt: number): number {
  if (src === 0) return dflt;
  if (src === K.None) return NOT_SET;
  const s = strObj(src);
  if (s === 0) typeError(`"${name}" must be string or None, not ${tname(src)}`);
  if (strLen(s) !== 1) typeError(`"${name}" must be a 1-character string`);
  return strCodeAt(s, 0);
}

function setBool(src: number, dflt: boolean): boolean {
  return src === 0 ? dflt : truthy(src);
}

function setInt(name: string, src: number, dflt: number): number {
  if (src === 0) return dflt;
  if ((src & 1) === 0 && (mem[src] & 0x7ff) !== L_INT) typeError(`"${name}" must be an integer`);
  if ((src & 1) === 1) return src >> 1;
  const b = toBigInt(src);
  if (b > 2147483647n || b < -2147483648n) overflowError('Python int too large to convert to C int');
  return Number(b);
}

/** getattr that swallows any Python exception (DIALECT_GETATTR's PyErr_Clear). */
function attrOrNull(obj: number, name: string): number {
  try {
    return getattr(obj, intern(name));
  } catch (e) {
    if (e instanceof PyException) return 0;
    throw e;
  }
}

export function isDialect(v: number): boolean {
  return (v & 1) === 0 && isSubtype(typeOf(v), csvState.dialectType);
}

/** _csv's get_dialect_from_registry. */
export function dialectFromRegistry(name: number): number {
  const d = dictGet(csvState.dialects, name);
  if (d === 0) raise(csvState.error, 'unknown dialect');
  return d;
}

/** dialect_new (the tp_new of _csv.Dialect). */
export function dialectNew(cls: number, args: number[], kw: number): number {
  let [dialect, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = parseDialectArgs(args, kw);
  if (dialect !== 0) {
    if (strObj(dialect) !== 0) dialect = dialectFromRegistry(dialect);
    if (isDialect(dialect) && delimiter === 0 && doublequote === 0 && escapechar === 0 && lineterminator === 0 &&
      quotechar === 0 && quoting === 0 && skipinitialspace === 0 && strict === 0) return dialect;
    if (delimiter === 0) delimiter = attrOrNull(dialect, 'delimiter');
    if (doublequote === 0) doublequote = attrOrNull(dialect, 'doublequote');
    if (escapechar === 0) escapechar = attrOrNull(dialect, 'escapechar');
    if (lineterminator === 0) lineterminator = attrOrNull(dialect, 'lineterminator');
    if (quotechar === 0) quotechar = attrOrNull(dialect, 'quotechar');
    if (quoting === 0) quoting = attrOrNull(dialect, 'quoting');
    if (skipinitialspace === 0) skipinitialspace = attrOrNull(dialect, 'skipinitialspace');
    if (strict === 0) strict = attrOrNull(dialect, 'strict');
  }
  const delim = setChar('delimiter', delimiter, 44);
  const dq = setBool(doublequote, true);
  const esc = setCharOrNone('escapechar', escapechar, NOT_SET);
  let lt = 0;
  if (lineterminator === 0) lt = intern('\r\n');
  else if (lineterminator !== K.None) {
    lt = strObj(lineterminator);
    if (lt === 0) typeError('"lineterminator" must be a string');
  }
  const qc = setCharOrNone('quotechar', quotechar, 34);
  let q = setInt('quoting', quoting, QUOTE_MINIMAL);
  const skip = setBool(skipinitialspace, false);
  const st = setBool(strict, false);
  if (q < QUOTE_MINIMAL || q > QUOTE_NONE) typeError('bad "quoting" value');
  if (quotechar === K.None && quoting === 0) q = QUOTE_NONE;
  if (q !== QUOTE_NONE && qc === NOT_SET) typeError('quotechar must be set if quoting enabled');
  if (lt === 0) typeError('lineterminator must be set');
  const r = alloc(L_ITER, 10, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + DI_DELIMITER] = (delim << 1) | 1;
  mem[r + DI_QUOTECHAR] = (qc << 1) | 1;
  mem[r + DI_ESCAPECHAR] = (esc << 1) | 1;
  mem[r + DI_DOUBLEQUOTE] = dq ? 3 : 1;
  mem[r + DI_SKIPSPACE] = skip ? 3 : 1;
  mem[r + DI_STRICT] = st ? 3 : 1;
  mem[r + DI_QUOTING] = (q << 1) | 1;
  mem[r + DI_LINETERM] = lt;
  return r;
}

/** _call_dialect: Dialect(dialect_inst, **kwargs) (or Dialect(**kwargs) with no instance);
 *  `kwValues` are the keyword values in the order of `kw`'s names. */
export function callDialect(inst: number, kwValues: number[], kw: number): number {
  return dialectNew(csvState.dialectType, inst === 0 ? kwValues : [inst, ...kwValues], kw);
}

/** What copy and pickle meet: CPython's _csv objects cannot be pickled (Dialect's message is
 *  copyreg's, the others' object.__reduce_ex__'s). */
export function noPickle(name: string): (a: number[]) => number {
  return (a) => typeError(name === 'Dialect' ? `cannot pickle '${tname(a[0])}' instances` : `cannot pickle '_csv.${name}' object`);
}

/** reader/writer(obj, dialect='excel', **fmtparams): the positional count, with CPython's
 *  messages; `dialect()` makes the Dialect once the caller has checked `first` (CPython's order
 *  of errors). */
export function objectAndDialect(a: number[], kw: number): { first: number; dialect: () => number } {
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  const npos = a.length - nkw;
  if (npos < 1) typeError(` expected at least 1 argument, got ${npos}`);
  if (npos > 2) typeError(` expected at most 2 arguments, got ${npos}`);
  return { first: a[0], dialect: () => callDialect(npos > 1 ? a[1] : 0, a.slice(npos), kw) };
}

/** The TypeDef of _csv.reader / _csv.writer: final, made only by the module's functions, not
 *  picklable; `def` adds the rest. */
export function csvObjectTypeDef(name: string, doc: string, def: Pick<TypeDef, 'slots' | 'methods' | 'getters' | 'readonlyMembers'>): TypeDef {
  return {
    name, module: '_csv', layout: L_ITER, final: true, doc, ...def,
    slots: { new: () => typeError(`cannot create '_csv.${name}' instances`), ...def.slots },
    methods: { __reduce_ex__: noPickle(name), __reduce__: noPickle(name), ...def.methods },
  };
}

const charOrNone = (c: number): number => (c === NOT_SET ? K.None : charStr(c));
const bool = (w: number): number => (w === 3 ? K.True : K.False);

export const dialectTypeDef: TypeDef = {
  name: 'Dialect',
  module: '_csv',
  layout: L_ITER,
  doc: 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n',
  slots: { new: dialectNew },
  methods: { __reduce_ex__: noPickle('Dialect'), __reduce__: noPickle('Dialect') },
  getters: {
    delimiter: (d) => charOrNone(mem[d + DI_DELIMITER] >> 1),
    escapechar: (d) => charOrNone(mem[d + DI_ESCAPECHAR] >> 1),
    lineterminator: (d) => mem[d + DI_LINETERM],
    quotechar: (d) => charOrNone(mem[d + DI_QUOTECHAR] >> 1),
    quoting: (d) => mem[d + DI_QUOTING],
    doublequote: (d) => bool(mem[d + DI_DOUBLEQUOTE]),
    skipinitialspace: (d) => bool(mem[d + DI_SKIPSPACE]),
    strict: (d) => bool(mem[d + DI_STRICT]),
  },
  readonlyMembers: ['doublequote', 'skipinitialspace', 'strict'],
};
