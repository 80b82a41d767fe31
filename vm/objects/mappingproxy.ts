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
    richcompare: (a, b, op) => richCompare(target(a), b, op),
    new: (_cls, args) => {
      if (args.length !== 1) typeError(`mappingproxy() missing required argument 'mapping' (pos 1)`);
      return newMappingProxy(args[0]);
    },
  },
  methods: {
    keys: forward('keys'),
    values: forward('values'),
    items: forward('items'),
    get: forward('get'),
    copy: forward('copy'),
  },
};

export const _keep = [K];
