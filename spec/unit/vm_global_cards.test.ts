// Per-global conflicts (vm/objects/dict_padded.ts, vm/NOTES.md "h20-gran"): a module's globals
// dict stored into inside a transaction gets a padded entries vector (one value word per card),
// so a STORE_GLOBAL of A does not conflict with a transaction that read B (LOAD_GLOBAL's inline
// hit, its out-of-line hit, a builtin), while a read of A, an insertion or a deletion of a global
// still conflict. Scripted with two transaction handles on one JS thread (spec/helpers/vm_handles).
import { describe, expect, it } from 'vitest';
import { mem } from '../../stmgc/heap';
import { CARD_SHIFT } from '../../stmgc/layout';
import { D_ENTRIES, D_NENTRIES, dictKeys } from '../../vm/objects/dict_core';
import { isPadded } from '../../vm/objects/dict_padded';
import { FN_GLOBALS } from '../../vm/objects/function';
import { LI_ITEMS } from '../../vm/objects/list_core';
import { strJs } from '../../vm/objects/str_core';
import { vmWithHandles, readIsRecorded as readIsRecordedOf, writeLocks as writeLocksOf } from '../helpers/vm_handles';

const MANY = Array.from({ length: 40 }, (_, i) => `G${i} = ${i}`).join('\n');

const SRC = `
A = 1
B = 2
C = 3
${MANY}
BIG = [{i: i for i in range(n)} for n in (1000, 1001, 1002, 700, 341, 342, 343)]
def read_a(): return A
def read_b(): return B
def read_b_twice(): return B + B
def read_g20(): return G20
def read_b_then_a(): return B + A
def read_len(): return len
def store_a():
    global A
    A = 10
def store_b():
    global B
    B = 20
def store_g21():
    global G21
    G21 = -1
def insert_new():
    global NEW
    NEW = 1
def delete_c():
    global C
    del C
def exec_store_b():
    exec('B = 21', globals())
    exec('B = 22', globals())
def iterate_keys(): return [k for k in globals() if k.startswith('G')]
def iterate_items(): return [v for k, v in globals().items() if k.startswith('G')]

def reset():
    global A, B, C, G20, G21
    A = 1
    B = 2
    C = 3
    G20 = 20
    G21 = 21
    globals().pop('NEW', None)
    for f in warm:
        f(); f()
warm = [read_a, read_b, read_b_twice, read_g20, read_len, read_b_then_a]
`;

const vm = vmWithHandles(SRC, 'gran.py');
const readIsRecorded = (reader: string, writer: string): boolean => readIsRecordedOf(vm, reader, writer);
const writeLocks = (w1: string, w2: string): boolean => writeLocksOf(vm, w1, w2);
/** The module's globals dict (a function's globals word). */
const moduleGlobals = (): number => mem[vm.global('read_a') + FN_GLOBALS];

describe('per-global conflicts in a module dict stored into inside transactions', () => {
  it('the globals dict is padded: one live value word per card, keys in insertion order', () => {
    const g = moduleGlobals();
    const en = mem[g + D_ENTRIES];
    expect(isPadded(en)).toBe(true);
    const n = mem[g + D_NENTRIES] >> 1;
    const cards = new Set<number>();
    let live = 0;
    for (let e = 0; e < n; e++) {
      if (mem[en + 2 + e * 3 + 1] === 0) continue;
      live++;
      const c = (en + 2 + e * 3 + 2) >>> CARD_SHIFT;
      expect(cards.has(c)).toBe(false);
      cards.add(c);
    }
    expect(live).toBeGreaterThan(40);
    // ordinary vectors are never taken for padded ones (their sizes round to whole granules)
    const big = vm.global('BIG');
    for (let i = 0; i < 7; i++) {
      const d = mem[mem[big + LI_ITEMS] + 2 + i];
      expect(isPadded(mem[d + D_ENTRIES])).toBe(false);
    }
    const keys = dictKeys(g).map(strJs);
    expect(keys.slice(keys.indexOf('A'), keys.indexOf('A') + 5)).toEqual(['A', 'B', 'C', 'G0', 'G1']);
  });
  // each case is its own test: beforeEach resets the globals (NEW absent, C present)
  const reads: [string, string, string, boolean][] = [
    ['a read of B vs a store of A (inline hit): no conflict', 'read_b', 'store_a', false],
    ['a read of B twice vs a store of A: no conflict', 'read_b_twice', 'store_a', false],
    ['a read of G20 vs a store of its neighbour G21: no conflict', 'read_g20', 'store_g21', false],
    ['a builtin vs a store of A: no conflict', 'read_len', 'store_a', false],
    ['a read of A vs a store of A: conflict', 'read_a', 'store_a', true],
    ['a read of B vs a store of B: conflict', 'read_b', 'store_b', true],
    ["a read of A after B (the inline hit's card read) vs a store of A: conflict", 'read_b_then_a', 'store_a', true],
    ["a read of B vs exec's module-level STORE_NAME of B: conflict", 'read_b', 'exec_store_b', true],
    ['a read of B vs an insertion of a new global: conflict', 'read_b', 'insert_new', true],
    ['a builtin vs an insertion (a new global may shadow it): conflict', 'read_len', 'insert_new', true],
    ['a read of B vs a deletion of C: conflict', 'read_b', 'delete_c', true],
    ["iteration over globals()'s items vs a store of G21: conflict", 'iterate_items', 'store_g21', true],
    ["iteration over globals()'s keys vs a store of G21: no conflict (keys change with the header)", 'iterate_keys', 'store_g21', false],
    ["iteration over globals()'s keys vs an insertion: conflict", 'iterate_keys', 'insert_new', true],
  ];
  for (const [what, reader, writer, conflict] of reads) it(what, () => expect(readIsRecorded(reader, writer)).toBe(conflict));
  const writes: [string, string, string, boolean][] = [
    ['stores of A and B: no conflict', 'store_a', 'store_b', false],
    ['stores of B and A: no conflict', 'store_b', 'store_a', false],
    ['two stores of A: conflict', 'store_a', 'store_a', true],
    ['a store of A and an insertion: conflict', 'store_a', 'insert_new', true],
    ['an insertion and a store of B: conflict', 'insert_new', 'store_b', true],
    ['two insertions: conflict', 'insert_new', 'insert_new', true],
  ];
  for (const [what, w1, w2, conflict] of writes) it(what, () => expect(writeLocks(w1, w2)).toBe(conflict));
});
