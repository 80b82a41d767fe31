// mappingproxy: the read-only view of a class __dict__. payload: [mapping].
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_MAPPINGPROXY } from '../runtime/layouts';
import { K } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { contains, getitem, iter, len, reprJs, getattr, richCompare } from '../runtime/protocol';
import { intern, newStr } from './str_core';
import { callObject } from '../interp/call';

export function newMappingProxy(d: number): number {
  const r = alloc(L_MAPPINGPROXY, 1, SCAN_ALL);
  mem[r + 2] = d;
  return r;
}

const target = (p: number): number => mem[p + 2];
const forward = (name: string) => (a: number[]): number => callObject(getattr(target(a[0]), intern(name)), a.slice(1), 0);

export const mappingProxyType: TypeDef = {
  name: 'mappingproxy',
  layout: L_MAPPINGPROXY,
  final: true,
  slots: {
    getitem: (p, k) => getitem(target(p), k),
    len: (p) => len(target(p)),
    contains: (p, k) => contains(target(p), k),
    iter: (p) => iter(target(p)),
    repr: (p) => newStr(`mappingproxy(${reprJs(target(p))})`),
    str: (p) => str(target(p)), // (mappingproxy_str)
    richcompare: (a, b, op) => richCompare(target(a), b, op),
    new: (_cls, args, kw) => {
      const [mapping] = bindArgs('mappingproxy', args, kw, ['mapping']);
      // (mappingproxy_check_mapping: anything with __getitem__ but a list or a tuple)
      const l = layoutOf(mapping);
      if (typeInfo(typeOf(mapping)).slots.getitem === null || l === L_LIST || l === L_TUPLE) {
        typeError(`mappingproxy() argument must be a mapping, not ${tname(mapping)}`);
      }
      return newMappingProxy(mapping);
    },
    // `|` on the mappings themselves (mappingproxy_or); `|=` is refused
    nb: (() => {
      const a = new Array(13).fill(null);
      a[7] = (x: number, y: number): number => binaryOp(unwrap(x), unwrap(y), 7);
      return a;
    })(),
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[7] = (x: number): number => typeError(`'|=' is not supported by ${tname(x)}; use '|' instead`);
      return a;
    })(),
  },
  methods: {
    keys: forward('keys'),
    values: forward('values'),
    items: forward('items'),
    get: forward('get'),
    copy: forward('copy'),
    __reversed__: forward('__reversed__'),
  },
  noargs: ['keys', 'values', 'items', 'copy', '__reversed__'],
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
};

const unwrap = (v: number): number => (layoutOf(v) === L_MAPPINGPROXY ? target(v) : v);
import { bindArgs } from './builtin_function';
import { binaryOp, str, tname } from '../runtime/protocol';
import { typeInfo } from './type_core';
import { layoutOf, typeOf } from '../runtime/types';
import { L_LIST, L_TUPLE } from '../runtime/layouts';
import { makeGenericAlias } from './generic_alias';

export const _keep = [K];
