// The native module `_operator` (CPython 3.11's Modules/_operator.c): the operators as
// functions, through the VM's own protocol functions (binaryOp, inplaceOp, richCompare,
// getitem...), so results and messages are the operators' own; `index`, `length_hint`,
// `_compare_digest`, the sequence helpers with PySequence_Concat's checks, and the classes
// itemgetter, attrgetter, methodcaller (vm/objects/operator_getters.ts, built by the bootstrap).
// lib/operator.py keeps its Python definitions and ends with `from _operator import *`, as
// CPython's operator.py, so both variants exist for test_operator. Argument checks and
// messages are clinic's: "_operator.neg() takes exactly one argument (0 given)", "add expected
// 2 arguments, got 1".
import { K, T, typeOf } from '../runtime/types';
import { typeError, valueError, PyException } from '../runtime/errors';
import {
  CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, binaryOp, contains, delitem, getitem, exactIndex, index, inplaceOp, isInstance,
  isIntObject, iter, len, next, richCompare, richEq, setitem, tname, truthy, unaryOp,
} from '../runtime/protocol';
import { argRange, defineBuiltin, exactArgs, noKeywords } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern, strCodeAt, strLen } from '../objects/str_core';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { isSubtype, typeInfo } from '../objects/type_core';
import { callObject } from '../interp/call';
import { bytesOf } from '../objects/bytes';
import { L_STR } from '../runtime/layouts';
import { layoutOf } from '../runtime/types';
import { tupleLen } from '../objects/tuple_core';

const DOC = 'Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n\'__\' are also provided for convenience.';

// BINARY_OP indexes (vm/opcodes.ts BINOP_NAMES)
const OPS: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7],
  ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];

/** PySequence_Check: the class has __getitem__ and is not a dict. */
function isSequence(v: number): boolean {
  const t = typeOf(v);
  return typeInfo(t).slots.getitem !== null && !isSubtype(t, T.dict) && t !== T.dict;
}

/** The builtin classes with CPython's sq_concat (their `+` is sequence concatenation). */
function hasSqConcat(v: number): boolean {
  const t = typeOf(v);
  for (const c of [T.str, T.bytes, T.bytearray, T.list, T.tuple, T.deque]) if (t === c || isSubtype(t, c)) return true;
  return false;
}

function concatCheck(a: number, b: number): void {
  if (!hasSqConcat(a) && !(isSequence(a) && isSequence(b))) typeError(`'${tname(a)}' object can't be concatenated`);
}

/** An iterator over `a` for countOf/indexOf (PySeqIter's message when there is none). */
function iterFor(a: number): number {
  const s = typeInfo(typeOf(a)).slots;
  if (s.iter === null && s.getitem === null) typeError(`argument of type '${tname(a)}' is not iterable`);
  return iter(a);
}

/** PyObject_LengthHint. */
function lengthHint(o: number, dflt: number): number {
  if (typeInfo(typeOf(o)).slots.len !== null) {
    try {
      return intFromNumber(len(o));
    } catch (e) {
      if (!(e instanceof PyException && isInstance(e.exc, T.TypeError))) throw e;
    }
  }
  const hint = typeInfo(typeOf(o)).lookup(intern('__length_hint__'));
  if (hint === 0) return dflt;
  let r: number;
  try {
    r = callObject(hint, [o], 0);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) return dflt;
    throw e;
  }
  if (r === K.NotImplemented) return dflt;
  if (!isIntObject(r)) typeError(`__length_hint__ must be an integer, not ${tname(r)}`);
  if (toBigInt(r) < 0n) valueError('__length_hint__() should return >= 0');
  return r;
}

/** _compare_digest's bytes of an ASCII str, a bytes-like object, or null. */
function digestBytes(v: number): Uint8Array | null {
  return bytesOf(v);
}

function compareDigest(a: number, b: number): number {
  let x: Uint8Array | number[];
  let y: Uint8Array | number[];
  if (layoutOf(a) === L_STR && layoutOf(b) === L_STR || isInstance(a, T.str) && isInstance(b, T.str)) {
    const units = (s: number): number[] => {
      const out: number[] = [];
      for (let i = 0, n = strLen(s); i < n; i++) {
        const c = strCodeAt(s, i);
        if (c > 127) typeError('comparing strings with non-ASCII characters is not supported');
        out.push(c);
      }
      return out;
    };
    x = units(a);
    y = units(b);
  } else {
    const da = isInstance(a, T.str) ? null : digestBytes(a);
    const db = isInstance(b, T.str) ? null : digestBytes(b);
    if (da === null && db === null) typeError(`unsupported operand types(s) or combination of types: '${tname(a)}' and '${tname(b)}'`);
    if (da === null) typeError(`a bytes-like object is required, not '${tname(a)}'`);
    if (db === null) typeError(`a bytes-like object is required, not '${tname(b)}'`);
    x = da!;
    y = db!;
  }
  // constant time in the length of b, as CPython's _tscmp
  let result = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) result |= left[i] ^ y[i];
  return result === 0 ? K.True : K.False;
}

export function makeOperatorModule(): number {
  const m = newModule('_operator', T.module, intern(DOC));
  const fn = (name: string, f: (args: number[], kwnames: number) => number): void => {
    moduleSet(m, name, defineBuiltin(name, f, 0, m));
  };
  const one = (name: string, body: (a: number) => number): void => fn(name, (a, kw) => {
    exactArgs(`_operator.${name}`, a, 1, kw);
    return body(a[0]);
  });
  const two = (name: string, body: (a: number, b: number) => number): void => fn(name, (a, kw) => {
    noKeywords(`_operator.${name}`, kw);
    exactArgs(name, a, 2);
    return body(a[0], a[1]);
  });
  const bool = (b: boolean): number => (b ? K.True : K.False);
  one('truth', (a) => bool(truthy(a)));
  two('contains', (a, b) => bool(contains(a, b)));
  two('indexOf', (a, b) => {
    const it = iterFor(a);
    let i = 0;
    for (let x = next(it); x !== 0; x = next(it), i++) if (x === b || richEq(x, b)) return intFromNumber(i);
    return valueError('sequence.index(x): x not in sequence');
  });
  two('countOf', (a, b) => {
    const it = iterFor(a);
    let n = 0;
    for (let x = next(it); x !== 0; x = next(it)) if (x === b || richEq(x, b)) n++;
    return intFromNumber(n);
  });
  two('is_', (a, b) => bool(a === b));
  two('is_not', (a, b) => bool(a !== b));
  one('index', exactIndex); // (an exact int, as PyNumber_Index: True is 1, an int subclass its value)
  for (const [name, op] of OPS) two(name, (a, b) => binaryOp(a, b, op));
  one('neg', (a) => unaryOp(a, 'neg'));
  one('pos', (a) => unaryOp(a, 'pos'));
  one('abs', (a) => unaryOp(a, 'abs'));
  one('inv', (a) => unaryOp(a, 'invert'));
  one('invert', (a) => unaryOp(a, 'invert'));
  one('not_', (a) => bool(!truthy(a)));
  for (const [name, op] of OPS) two(`i${name.replace('_', '')}`, (a, b) => inplaceOp(a, b, op));
  two('concat', (a, b) => {
    concatCheck(a, b);
    return binaryOp(a, b, 0);
  });
  two('iconcat', (a, b) => {
    concatCheck(a, b);
    return inplaceOp(a, b, 0);
  });
  two('getitem', (a, b) => getitem(a, b));
  fn('setitem', (a, kw) => {
    noKeywords('_operator.setitem', kw);
    exactArgs('setitem', a, 3);
    setitem(a[0], a[1], a[2]);
    return K.None;
  });
  two('delitem', (a, b) => {
    delitem(a, b);
    return K.None;
  });
  const cmp: [string, number][] = [['eq', CMP_EQ], ['ne', CMP_NE], ['lt', CMP_LT], ['le', CMP_LE], ['gt', CMP_GT], ['ge', CMP_GE]];
  for (const [name, op] of cmp) two(name, (a, b) => richCompare(a, b, op));
  two('_compare_digest', compareDigest);
  fn('length_hint', (a, kw) => {
    argRange('length_hint', a, 1, 2, kw);
    let dflt = intFromNumber(0);
    if (a.length > 1) {
      if (typeInfo(typeOf(a[1])).slots.index === null && !isIntObject(a[1])) typeError(`'${tname(a[1])}' object cannot be interpreted as an integer`);
      dflt = index(a[1]);
    }
    return lengthHint(a[0], dflt);
  });
  fn('call', (a, kw) => {
    const nkw = kw === 0 ? 0 : tupleLen(kw);
    if (a.length - nkw < 1) typeError(`call expected at least 1 argument, got ${a.length - nkw}`);
    return callObject(a[0], a.slice(1), kw);
  });
  moduleSet(m, 'itemgetter', T.itemgetter);
  moduleSet(m, 'attrgetter', T.attrgetter);
  moduleSet(m, 'methodcaller', T.methodcaller);
  return m;
}
