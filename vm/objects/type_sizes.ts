// type.__basicsize__ and type.__itemsize__: the sizes CPython 3.11 (64-bit) reports for its
// builtin classes, which programs and CPython's tests read (tuple.__itemsize__ bounds a list
// size in test_list). pystm's objects have other sizes; these are CPython's numbers. A class
// statement's class: its base's size, plus 8 bytes per __slots__ name, plus 8 for __weakref__
// when it is the first class of its line without __slots__ (3.11 keeps __dict__ before the object).
import { mem } from '../../stmgc/heap';
import { TY_BASE, TY_DICT, TY_FLAGS, TY_NAME, TF_HEAPTYPE } from './type_core';
import { dictGetStr } from './dict_core';
import { strJs, intern } from './str_core';
import { layoutOf } from '../runtime/types';
import { L_STR } from '../runtime/layouts';
import { len } from '../runtime/protocol';

/** [basicsize, itemsize] of CPython's builtin classes by name (others: object's). */
const BUILTIN_SIZES: Record<string, [number, number]> = {
  object: [16, 0], type: [904, 40], int: [24, 4], bool: [32, 4], float: [24, 0], complex: [32, 0],
  str: [80, 0], bytes: [33, 1], bytearray: [56, 0], tuple: [24, 8], list: [40, 0], dict: [48, 0],
  set: [200, 0], frozenset: [200, 0], range: [48, 0], slice: [40, 0], BaseException: [72, 0],
  NoneType: [16, 0], memoryview: [144, 8], property: [64, 0], staticmethod: [32, 0], classmethod: [32, 0],
  function: [160, 0], module: [48, 0], super: [48, 0], enumerate: [56, 0], zip: [40, 0], map: [40, 0],
  filter: [40, 0], reversed: [40, 0],
};

function isHeapType(t: number): boolean {
  return ((mem[t + TY_FLAGS] >> 1) & TF_HEAPTYPE) !== 0;
}

function builtinSizes(t: number): [number, number] {
  for (let c = t; c !== 0; c = mem[c + TY_BASE]) {
    if (isHeapType(c)) continue;
    const s = BUILTIN_SIZES[strJs(mem[c + TY_NAME])];
    if (s !== undefined) return s;
  }
  return BUILTIN_SIZES.object;
}

/** Bytes a class statement adds: 8 per __slots__ name, or 8 for the first __weakref__. */
function addedBytes(t: number): number {
  const slots = dictGetStr(mem[t + TY_DICT], intern('__slots__'));
  if (slots !== 0) return 8 * (layoutOf(slots) === L_STR ? 1 : len(slots));
  for (let c = mem[t + TY_BASE]; c !== 0; c = mem[c + TY_BASE]) {
    if (isHeapType(c) && dictGetStr(mem[c + TY_DICT], intern('__slots__')) === 0) return 0; // already has __weakref__
  }
  return 8;
}

export function basicSize(t: number): number {
  let size = 0;
  for (let c = t; c !== 0 && isHeapType(c); c = mem[c + TY_BASE]) size += addedBytes(c);
  return size + builtinSizes(t)[0];
}

export function itemSize(t: number): number {
  return builtinSizes(t)[1];
}
