// functools.KeyWrapper, the class of cmp_to_key's objects (CPython 3.11's keyobject): called
// with one object it makes a K wrapping it with the same comparison function; K instances
// compare by calling cmp(a.obj, b.obj) and comparing the answer with 0; unhashable. Layout
// L_ITER: [class, 0, cmp, obj (0 for the factory cmp_to_key returns)]. obj is writable (a
// T_OBJECT member in C): written under the write barrier, read after the read barrier.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ITER } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError, attributeError } from '../runtime/errors';
import { richCompare } from '../runtime/protocol';
import { bindArgs } from './builtin_function';
import { callObject } from '../interp/call';

const KW_CMP = 4;
const KW_OBJ = 5;

export function newKeyWrapper(cmp: number, obj: number): number {
  const r = alloc(L_ITER, 4, SCAN_ALL);
  mem[r + 2] = T.KeyWrapper;
  mem[r + KW_CMP] = cmp;
  mem[r + KW_OBJ] = obj;
  return r;
}

function isKey(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && typeOf(v) === T.KeyWrapper;
}

export const keyWrapperType: TypeDef = {
  name: 'KeyWrapper',
  module: 'functools',
  layout: L_ITER,
  final: true,
  slots: {
    call: (self, args, kw) => {
      const [obj] = bindArgs('K', args, kw, ['obj']);
      return newKeyWrapper(mem[self + KW_CMP], obj);
    },
    richcompare: (a, b, op) => {
      if (!isKey(b)) typeError('other argument must be K instance');
      readBarrier(a);
      readBarrier(b);
      const x = mem[a + KW_OBJ];
      const y = mem[b + KW_OBJ];
      if (x === 0 || y === 0) attributeError('object');
      const res = callObject(mem[a + KW_CMP], [x, y], 0);
      return richCompare(res, 1, op); // (1: the tagged int 0)
    },
    hash: () => typeError("unhashable type: 'functools.KeyWrapper'"),
  },
  getters: {
    obj: (s) => {
      readBarrier(s);
      const v = mem[s + KW_OBJ];
      return v === 0 ? K.None : v;
    },
  },
  setters: {
    obj: (s, v) => {
      writeBarrier(s);
      mem[s + KW_OBJ] = v;
    },
  },
  attrs: { __hash__: () => K.None },
};
