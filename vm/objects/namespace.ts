// types.SimpleNamespace: attribute bags with keyword construction, repr and equality.
import { mem } from '../../stmgc/heap';
import { L_INSTANCE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { reprJs, richEq } from '../runtime/protocol';
import { dictItems, dictLen, dictSet, newDict } from './dict_core';
import { newStr, strJs } from './str_core';
import { newTuple, tupleItem, tupleLen } from './tuple_core';
import { withReprGuard } from './list';
import { newInstance } from './object';

export const simpleNamespaceType: TypeDef = {
  name: 'SimpleNamespace',
  module: 'types',
  layout: L_INSTANCE,
  flags: 4,
  slots: {
    new: (cls) => {
      const o = newInstance(cls);
      mem[o + 3] = newDict();
      return o;
    },
    init: (self, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      if (args.length - nkw > 0) typeError(`SimpleNamespace() takes no positional arguments`);
      for (let i = 0; i < nkw; i++) dictSet(mem[self + 3], tupleItem(kw, i), args[i]);
    },
    repr: (self) => {
      const name = typeOf(self) === T.SimpleNamespace ? 'namespace' : strJs(mem[typeOf(self) + 4]);
      return newStr(withReprGuard(self, () => `${name}(${dictItems(mem[self + 3]).map(([k, v]) => `${strJs(k)}=${reprJs(v)}`).join(', ')})`, `${name}(...)`));
    },
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || typeOf(b) !== typeOf(a)) return K.NotImplemented;
      const da = mem[a + 3];
      const db = mem[b + 3];
      const eq = dictLen(da) === dictLen(db) && dictItems(da).every(([k, v]) => dictItems(db).some(([k2, v2]) => richEq(k, k2) && richEq(v, v2)));
      return eq === (op === 2) ? K.True : K.False;
    },
  },
  methods: {
    // namespace_reduce: (type(ns), (), ns.__dict__), so every pickle protocol can rebuild it
    __reduce__: (a) => newTuple([typeOf(a[0]), K.emptyTuple, mem[a[0] + 3]]),
  },
};
