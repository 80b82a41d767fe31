// Instance attributes kept in the instance (vm/objects/inline_values.ts): the maps (tuples of
// interned names in the dict word), their per-class transition chain, the values after the
// slots, materialization into a real dict, the capacity hint. The VM is booted in-process
// (spec/helpers/vm_handles.ts); the heap words of the instances are inspected directly.
import { describe, expect, it } from 'vitest';
import { mem } from '../../stmgc/heap';
import { switchTo } from '../../stmgc/index';
import { INLINE_MAX, inlineBase, inlineCapacity, isMap, mapIndex, nextMap } from '../../vm/objects/inline_values';
import { TU_ITEMS, TU_LEN } from '../../vm/objects/tuple_core';
import { intern, strJs } from '../../vm/objects/str_core';
import { typeInfo } from '../../vm/objects/type_core';
import { L_DICT } from '../../vm/runtime/layouts';
import { dictItems } from '../../vm/objects/dict_core';
import { intValue } from '../../vm/objects/int';
import { committed, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
class Q:
    pass
class Big:
    pass
class S:
    __slots__ = ('a', 'b', '__dict__')
A = P(1, 2, 3)
B = P(4, 5, 6)
R = Q()
R.b = 1
R.a = 2
def make_p(): return P(7, 8, 9)
def make_big():
    o = Big()
    for i in range(12):
        setattr(o, 'a%d' % i, i)
    return o
def make_s():
    s = S()
    s.a = 1
    s.u = 2
    s.v = 3
    return s
def sum_x(): return sum(o.x for o in OBJS)
def dict_of_a(): return A.__dict__
OBJS = []
def reset():
    pass
`;

const vm = vmWithHandles(SRC, 'inline_values.py');
const mapNames = (map: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < (mem[map + TU_LEN] >> 1); i++) out.push(strJs(mem[map + TU_ITEMS + i]));
  return out;
};
const small = (v: number): number => Number(intValue(v));

describe('inline instance attributes', () => {
  it('instances filled by the same __init__ share one map; the values are in the instance', () => {
    switchTo(vm.t1);
    const a = vm.global('A');
    const b = vm.global('B');
    expect(isMap(mem[a + 3])).toBe(true);
    expect(mapNames(mem[a + 3])).toEqual(['x', 'y', 'z']);
    expect(mem[b + 3]).toBe(mem[a + 3]);
    const base = inlineBase(mem[a + 2]);
    expect([0, 1, 2].map((i) => small(mem[b + base + i]))).toEqual([4, 5, 6]);
    // every name of a map is the interned str: the caches compare by identity
    expect(mem[mem[a + 3] + TU_ITEMS + 1]).toBe(intern('y'));
    expect(mapIndex(mem[a + 3], intern('z'))).toBe(2);
    expect(mapIndex(mem[a + 3], intern('w'))).toBe(-1);
  });

  it('another insertion order is another map, in that order', () => {
    const r = vm.global('R');
    expect(mapNames(mem[r + 3])).toEqual(['b', 'a']);
    expect(mem[r + 3]).not.toBe(mem[vm.global('A') + 3]);
  });

  it('the transition chain gives the same map for the same prefix and name, a new one off the chain', () => {
    switchTo(vm.t1);
    committed(() => {
      const cls = mem[vm.global('A') + 2];
      const ti = typeInfo(cls);
      const m1 = nextMap(ti, 0, 0, intern('x'));
      expect(nextMap(ti, 0, 0, intern('x'))).toBe(m1);
      const m2 = nextMap(ti, m1, 1, intern('y'));
      expect(nextMap(ti, m1, 1, intern('y'))).toBe(m2);
      expect(mapNames(m2)).toEqual(['x', 'y']);
      // a different second name replaces the chain's tail; the old map stays valid (by names)
      const m2b = nextMap(ti, m1, 1, intern('q'));
      expect(mapNames(m2b)).toEqual(['x', 'q']);
      expect(nextMap(ti, m1, 1, intern('q'))).toBe(m2b);
      // a map that is not on the chain gets a fresh extension, and the chain is left alone
      const off = nextMap(ti, m2, 2, intern('z'));
      expect(mapNames(off)).toEqual(['x', 'y', 'z']);
      expect(ti.maps.length).toBe(2);
    });
  });

  it('equal maps from two chains (two workers, or a chain dropped at a collection) only cost misses', () => {
    switchTo(vm.t1);
    const total = committed(() => {
      const objs = vm.global('OBJS');
      const o1 = vm.run('make_p');
      listAppend(objs, o1);
      small(vm.run('sum_x')); // the LOAD_ATTR cache filled with o1's map
      typeInfo(mem[o1 + 2]).maps.length = 0; // as another worker's chain would be
      const o2 = vm.run('make_p');
      listAppend(objs, o2);
      expect(mem[o2 + 3]).not.toBe(mem[o1 + 3]);
      expect(mapNames(mem[o2 + 3])).toEqual(mapNames(mem[o1 + 3]));
      return small(vm.run('sum_x'));
    });
    expect(total).toBe(14);
  });

  it('__dict__ switches the instance to dict mode for good: same items, values zeroed', () => {
    switchTo(vm.t1);
    committed(() => {
      const d = vm.run('dict_of_a');
      const a = vm.global('A');
      expect(mem[a + 3]).toBe(d);
      expect(mem[d] & 0x7ff).toBe(L_DICT);
      expect(dictItems(d).map(([k, v]) => [strJs(k), small(v)])).toEqual([['x', 1], ['y', 2], ['z', 3]]);
      const base = inlineBase(mem[a + 2]);
      expect([0, 1, 2].map((i) => mem[a + base + i])).toEqual([0, 0, 0]);
      expect(vm.run('dict_of_a')).toBe(d);
    });
  });

  it('more attributes than the capacity: dict mode, and later instances get room for them', () => {
    switchTo(vm.t1);
    committed(() => {
      const o1 = vm.run('make_big');
      expect(mem[mem[o1 + 3]] & 0x7ff).toBe(L_DICT);
      expect(dictItems(mem[o1 + 3]).length).toBe(12);
      const o2 = vm.run('make_big');
      expect(isMap(mem[o2 + 3])).toBe(true);
      expect(mapNames(mem[o2 + 3]).length).toBe(12);
      expect(inlineCapacity(o2, mem[o2 + 2])).toBeGreaterThanOrEqual(12);
      expect(inlineCapacity(o2, mem[o2 + 2])).toBeLessThanOrEqual(INLINE_MAX + 1);
    });
  });

  it('__slots__ with __dict__: the values come after the slot words', () => {
    switchTo(vm.t1);
    committed(() => {
      const s = vm.run('make_s');
      const cls = mem[s + 2];
      expect(mapNames(mem[s + 3])).toEqual(['u', 'v']);
      expect(inlineBase(cls)).toBeGreaterThanOrEqual(6); // class, dict word, 2 slots
      expect(small(mem[s + 4])).toBe(1); // slot a
      expect(small(mem[s + inlineBase(cls)])).toBe(2);
      expect(small(mem[s + inlineBase(cls) + 1])).toBe(3);
    });
  });
});

import { listAppend } from '../../vm/objects/list_core';
