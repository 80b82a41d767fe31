// Per-attribute conflicts in a class dict (vm/objects/type.ts setTypeDictEntry, vm/NOTES.md "Lead,
// 2026-12-06 night"): a class attribute stored inside a transaction pads the class dict as module
// globals are padded (objects/dict_padded.ts), so `K.a = v` conflicts with transactions that read
// K.a, and not with those that read K.b, call K's methods or store instance attributes (which
// look K up for data descriptors); an insertion or a deletion still conflicts with every lookup.
// Scripted with two transaction handles on one JS thread (spec/helpers/vm_handles). The readers
// read through K.__dict__ (a recorded read of the dict and the value's card): K.a itself comes
// from this JS thread's class caches, which the two handles share, kept valid by the class epoch
// rather than by barriers (vm/objects/type_core.ts).
import { describe, expect, it } from 'vitest';
import { mem } from '../../stmgc/heap';
import { D_ENTRIES } from '../../vm/objects/dict_core';
import { isPadded } from '../../vm/objects/dict_padded';
import { TY_DICT } from '../../vm/objects/type_core';
import { vmWithHandles, readIsRecorded as readIsRecordedOf, writeLocks as writeLocksOf } from '../helpers/vm_handles';

const MANY = Array.from({ length: 30 }, (_, i) => `    g${i} = ${i}`).join('\n');

const SRC = `
class K:
    a = 1
    b = 2
    c = 3
${MANY}
    def m(self):
        return 5
k = K()
D = K.__dict__
def read_a(): return D['a']
def read_b(): return D['b']
def read_g20(): return D['g20']
def call_m(): return k.m()
def inst_store():
    k.v = 7
def store_a():
    K.a = 10
def store_b():
    K.b = 20
def store_g21():
    K.g21 = -1
def insert_new():
    K.new = 1
def delete_c():
    del K.c

def reset():
    K.a = 1
    K.b = 2
    K.c = 3
    K.g20 = 20
    K.g21 = 21
    if 'new' in K.__dict__:
        del K.new
    for f in warm:
        f(); f()
warm = [read_a, read_b, read_g20, call_m, inst_store]
`;

const vm = vmWithHandles(SRC, 'classcards.py');
const readIsRecorded = (reader: string, writer: string): boolean => readIsRecordedOf(vm, reader, writer);
const writeLocks = (w1: string, w2: string): boolean => writeLocksOf(vm, w1, w2);

describe('per-attribute conflicts in a class dict stored into inside transactions', () => {
  it('the class dict is padded once a transaction stored into it', () => {
    readIsRecorded('read_b', 'store_a');
    expect(isPadded(mem[mem[vm.global('K') + TY_DICT] + D_ENTRIES])).toBe(true);
  });
  const reads: [string, string, string, boolean][] = [
    ["a read of K.__dict__['b'] vs a store of K.a: no conflict", 'read_b', 'store_a', false],
    ["a read of K.__dict__['g20'] vs a store of its neighbour K.g21: no conflict", 'read_g20', 'store_g21', false],
    ["a call of K's method vs a store of K.a: no conflict", 'call_m', 'store_a', false],
    ['an instance attribute store vs a store of K.a: no conflict', 'inst_store', 'store_a', false],
    ["a read of K.__dict__['a'] vs a store of K.a: conflict", 'read_a', 'store_a', true],
    ["a read of K.__dict__['b'] vs a store of K.b: conflict", 'read_b', 'store_b', true],
    ["a read of K.__dict__['b'] vs an insertion: conflict", 'read_b', 'insert_new', true],
    ["a read of K.__dict__['b'] vs a deletion of K.c: conflict", 'read_b', 'delete_c', true],
  ];
  for (const [what, reader, writer, conflict] of reads) it(what, () => expect(readIsRecorded(reader, writer)).toBe(conflict));
  const writes: [string, string, string, boolean][] = [
    ['stores of K.a and K.b: no conflict', 'store_a', 'store_b', false],
    ['two stores of K.a: conflict', 'store_a', 'store_a', true],
    ['a store of K.a and an insertion: conflict', 'store_a', 'insert_new', true],
  ];
  for (const [what, w1, w2, conflict] of writes) it(what, () => expect(writeLocks(w1, w2)).toBe(conflict));
});
