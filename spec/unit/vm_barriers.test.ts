// The VM's read/write barriers, checked with transactions (vm/NOTES.md "Barriers in the VM").
// The VM is booted in-process on a heap with 3 worker slots; two transaction handles
// (stmgc/txn_handles.ts) take turns on this one JS thread. For each family of mutable objects:
//   read recorded:  t1 reads the object through a VM operation (a Python function run by the
//                   interpreter, so the loop's fast paths and the caches are what is tested),
//                   t2 writes it through a VM operation and commits, then t1 cannot commit.
//                   Without the read barrier t1 would commit on a stale read.
//   write locks:    t1 writes through a VM operation, t2's write of the same object conflicts
//                   (t2 gives way, or t1 is rolled back).
// A control case (t1 reads something else) must commit, so a conflict is not an accident of
// shared VM state (thread state, frames, code objects). Last, torn containers (what a zombie
// transaction may see) are walked without hanging or reading past their storage.
import { describe, expect, it } from 'vitest';
import { switchTo, txBegin, txCommit, inTransaction } from '../../stmgc/index';
import { D_ENTRIES, D_INDICES, D_NENTRIES, dictEntryCount, dictGetH } from '../../vm/objects/dict_core';
import { LI_ITEMS, LI_LEN, listItem, listItems } from '../../vm/objects/list_core';
import { SE_MASK, SE_TABLE, setContains, setDummy, setSlots } from '../../vm/objects/set_core';
import { K } from '../../vm/runtime/types';
import { mem } from '../../stmgc/heap';
import { payloadWords } from '../../stmgc/objects';
import { intern } from '../../vm/objects/str_core';
import { aborted, endTx, vmWithHandles, readIsRecorded as readIsRecordedOf, writeLocks as writeLocksOf } from '../helpers/vm_handles';

const SRC = `
import collections, _thread
LK = _thread.allocate_lock()
RL = _thread.RLock()
class C:
    def __init__(self):
        self.x = 1
        self.y = 2
class S:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1
L = [1, 2, 3]
L2 = [1, 2, 3]
D = {'k': 1, 'j': 2}
ST = {1, 2, 3}
O = C()
SO = S()
BA = bytearray(b'abc')
DQ = collections.deque([1, 2, 3])
G = 5
OTHER = [0]
def make_cell():
    v = 10
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put
cell_get, cell_put = make_cell()

def list_getitem(): return L[1]
def list_len(): return len(L)
def list_iter():
    t = 0
    for x in L:
        t += x
    return t
def list_contains(): return 3 in L
def list_set(): L[1] = 7
def list_append(): L.append(9)
def list_pop(): L.pop()
def list2_read(): return L2[0]
def dict_get(): return D['k']
def dict_contains(): return 'k' in D
def dict_iter(): return [k for k in D]
def dict_method_get(): return D.get('j')
def dict_set(): D['k'] = 5
def dict_add(): D['new'] = 1
def dict_del():
    D['j'] = 0
    del D['j']
def set_contains(): return 1 in ST
def set_iter(): return sum(ST)
def set_add(): ST.add(9)
def set_discard(): ST.discard(1)
def attr_load(): return O.x
def attr_getattr(): return getattr(O, 'y')
def attr_store(): O.x = 5
def attr_store_y(): O.y = 6
def attr_new(): O.z = 1
class CI:
    def __init__(self):
        self.x = 1
        self.y = 2
    def m(self):
        return 3
IO = CI()
def iattr_load(): return IO.x
def iattr_getattr(): return getattr(IO, 'y')
def iattr_method(): return IO.m()
def iattr_store(): IO.x = 5
def iattr_store_y(): IO.y = 6
def iattr_new(): IO.z = 1
def iattr_shadow(): IO.m = 7
def iattr_setattr(): setattr(IO, 'y', 8)
def iattr_dict(): return IO.__dict__
def slot_load(): return SO.a
def slot_store(): SO.a = 3
def cell_load(): return cell_get()
def cell_store(): cell_put(3)
def global_load(): return G
def global_store():
    global G
    G = 6
def builtin_load(): return len
def ba_getitem(): return BA[0]
def ba_len(): return len(BA)
def ba_setitem(): BA[0] = 65
def ba_append(): BA.append(66)
def dq_getitem(): return DQ[0]
def dq_len(): return len(DQ)
def dq_append(): DQ.append(4)
def dq_popleft(): DQ.popleft()
def lock_locked(): return LK.locked()
def lock_cycle():
    LK.acquire()
    LK.release()
def rlock_owned(): return RL._is_owned()
def rlock_cycle():
    with RL:
        pass
def fdef(x=1): return x
def func_call(): return fdef()
def func_set_defaults(): fdef.__defaults__ = (2,)
def other_read(): return OTHER[0]
def other_write(): OTHER[0] = 1
BL = list(range(5000))  # a large items vector: conflicts per 32-word card (stmgc/txn_cards.ts)
def bl_get(): return BL[10]
def bl_get_far(): return BL[4000]
def bl_get_last(): return BL[-1]
def bl_iter():
    t = 0
    for x in BL:
        t += x
    return t
def bl_contains(): return -1 in BL
def bl_copy(): return BL[:]
def bl_sum(): return sum(BL)
def bl_set(): BL[11] = 7
def bl_set_same_card(): BL[12] = 8
def bl_set_far(): BL[4001] = 9
def bl_pop(): BL.pop()
def bl_append(): BL.append(1)
def bl_sort(): BL.sort()
def bl_reverse(): BL.reverse()
BD = {i: i for i in range(1000)}  # a large entries vector: value overwrites lock one card
def bd_get(): return BD[5]
def bd_get_far(): return BD[900]
def bd_method_get(): return BD.get(6)
def bd_values(): return sum(BD.values())
def bd_items(): return [v for k, v in BD.items() if k == 6]
def bd_copy(): return dict(BD)
def bd_kwargs():
    return (lambda **kw: len(kw))(**{str(k): v for k, v in BD.items()})
def bd_set(): BD[6] = -6
def bd_set_same_card(): BD[7] = -7
def bd_set_far(): BD[901] = -901
def bd_add(): BD[-1] = 0
def bd_del(): del BD[8]
BB = bytearray(10000)  # a large storage: byte stores lock one 128-byte card
def bb_get(): return BB[10]
def bb_get_far(): return BB[9000]
def bb_iter(): return sum(BB)
def bb_copy(): return BB[:]
def bb_len(): return len(BB)
def bb_set(): BB[11] = 7
def bb_set_same_card(): BB[12] = 8
def bb_set_far(): BB[9001] = 9
def bb_append(): BB.append(1)

def reset():
    global G
    L[:] = [1, 2, 3]
    D.clear()
    D.update({'k': 1, 'j': 2})
    ST.clear()
    ST.update({1, 2, 3})
    O.x = 1
    O.y = 2
    O.__dict__.pop('z', None)
    global IO
    IO = CI()
    SO.a = 1
    cell_put(10)
    G = 5
    BA[:] = b'abc'
    BB[:] = bytes(10000)
    DQ.clear()
    DQ.extend([1, 2, 3])
    OTHER[0] = 0
    BL[:] = range(5000)
    BD.clear()
    BD.update({i: i for i in range(1000)})
    fdef.__defaults__ = (1,)
    for f in warm:
        f(); f()

# warm the per-worker inline caches (attribute and global caches), so that their hit paths run
warm = [list_getitem, list_len, list_iter, list_contains, dict_get, dict_contains, dict_iter, dict_method_get,
          set_contains, set_iter, attr_load, attr_getattr, iattr_load, iattr_getattr, iattr_method, slot_load, cell_load, global_load, builtin_load,
          ba_getitem, ba_len, dq_getitem, dq_len, other_read, list2_read, bl_get, bl_iter, bd_get, bd_method_get, bb_get, bb_len]
reset()
`;

const vm = vmWithHandles(SRC, 'barriers.py');
const run = vm.run;
const writeLocks = (w1: string, w2: string): boolean => writeLocksOf(vm, w1, w2);
const readIsRecorded = (reader: string, writer: string): boolean => readIsRecordedOf(vm, reader, writer);



describe('VM read barriers: a read through the VM is recorded (t2 writes and commits, t1 cannot commit)', () => {
  it('control: unrelated objects do not conflict', () => {
    expect(readIsRecorded('other_read', 'list_set')).toBe(false);
    expect(readIsRecorded('list2_read', 'other_write')).toBe(false);
  });
  it('control: big dict values in other cards do not conflict', () => {
    expect(readIsRecorded('bd_get_far', 'bd_set')).toBe(false);
    expect(readIsRecorded('bd_get', 'bd_set_far')).toBe(false);
  });
  it('control: big bytearray bytes in other cards do not conflict', () => {
    expect(readIsRecorded('bb_get_far', 'bb_set')).toBe(false);
    expect(readIsRecorded('bb_get', 'bb_set_far')).toBe(false);
  });
  it('control: big list items in other cards do not conflict', () => {
    expect(readIsRecorded('bl_get_far', 'bl_set')).toBe(false);
    expect(readIsRecorded('bl_get', 'bl_set_far')).toBe(false);
  });
  const cases: [string, string, string][] = [
    ['list getitem (BINARY_SUBSCR fast path) vs STORE_SUBSCR', 'list_getitem', 'list_set'],
    ['list len vs append', 'list_len', 'list_append'],
    ['list iteration (FOR_ITER fast path) vs STORE_SUBSCR', 'list_iter', 'list_set'],
    ['list contains vs STORE_SUBSCR', 'list_contains', 'list_set'],
    ['list getitem vs pop', 'list_getitem', 'list_pop'],
    ['dict getitem vs overwrite of an existing key', 'dict_get', 'dict_set'],
    ['dict contains vs insertion', 'dict_contains', 'dict_add'],
    ['dict iteration vs overwrite', 'dict_iter', 'dict_set'],
    ['dict.get vs deletion', 'dict_method_get', 'dict_del'],
    ['set contains vs add', 'set_contains', 'set_add'],
    ['set iteration vs discard', 'set_iter', 'set_discard'],
    ['instance attribute (LOAD_ATTR cache) vs STORE_ATTR cache', 'attr_load', 'attr_store'],
    ['getattr() (generic path) vs STORE_ATTR', 'attr_getattr', 'attr_store_y'],
    ['instance attribute vs a new attribute', 'attr_load', 'attr_new'],
    ['inline instance attribute (LOAD_ATTR cache) vs STORE_ATTR cache', 'iattr_load', 'iattr_store'],
    ['inline instance getattr() (generic path) vs STORE_ATTR', 'iattr_getattr', 'iattr_store_y'],
    ['inline instance attribute vs a new attribute (a new map)', 'iattr_load', 'iattr_new'],
    ['inline instance attribute vs setattr() (generic store)', 'iattr_getattr', 'iattr_setattr'],
    ['inline instance LOAD_METHOD (shadowing test) vs an attribute that shadows the method', 'iattr_method', 'iattr_shadow'],
    ['inline instance attribute vs __dict__ (materialized)', 'iattr_load', 'iattr_dict'],
    ['__slots__ member vs store', 'slot_load', 'slot_store'],
    ['cell (LOAD_DEREF) vs STORE_DEREF', 'cell_load', 'cell_store'],
    ['global (LOAD_GLOBAL cache) vs STORE_GLOBAL', 'global_load', 'global_store'],
    ['bytearray getitem vs setitem', 'ba_getitem', 'ba_setitem'],
    ['bytearray len vs append', 'ba_len', 'ba_append'],
    ['deque getitem vs appendleft/popleft', 'dq_getitem', 'dq_popleft'],
    ['deque len vs append', 'dq_len', 'dq_append'],
    ['lock.locked() vs acquire+release', 'lock_locked', 'lock_cycle'],
    ['RLock._is_owned() vs with', 'rlock_owned', 'rlock_cycle'],
    ['call of a function (its __defaults__) vs __defaults__ assignment', 'func_call', 'func_set_defaults'],
    ['big list getitem vs STORE_SUBSCR in the same card', 'bl_get', 'bl_set'],
    ['big list iteration (FOR_ITER) vs STORE_SUBSCR', 'bl_iter', 'bl_set'],
    ['big list contains vs STORE_SUBSCR', 'bl_contains', 'bl_set'],
    ['big list slice copy vs STORE_SUBSCR', 'bl_copy', 'bl_set_far'],
    ['big list sum() (iterator) vs STORE_SUBSCR', 'bl_sum', 'bl_set_far'],
    ['big list getitem [-1] vs pop', 'bl_get_last', 'bl_pop'],
    ['big list getitem vs reverse', 'bl_get', 'bl_reverse'],
    ['big list getitem vs sort', 'bl_get_far', 'bl_sort'],
    ['big bytearray getitem vs setitem in the same card', 'bb_get', 'bb_set_same_card'],
    ['big bytearray iteration vs setitem', 'bb_iter', 'bb_set_far'],
    ['big bytearray slice copy vs setitem', 'bb_copy', 'bb_set_far'],
    ['big bytearray len vs append (the header)', 'bb_len', 'bb_append'],
    ['big bytearray getitem vs append (the header)', 'bb_get_far', 'bb_append'],
    ['big dict getitem vs overwrite in the same card', 'bd_get', 'bd_set_same_card'],
    ['big dict .get() vs overwrite', 'bd_method_get', 'bd_set'],
    ['big dict values() vs overwrite', 'bd_values', 'bd_set_far'],
    ['big dict items() vs overwrite', 'bd_items', 'bd_set_far'],
    ['big dict copy vs overwrite', 'bd_copy', 'bd_set_far'],
    ['big dict ** expansion vs overwrite', 'bd_kwargs', 'bd_set_far'],
    ['big dict getitem vs insertion (the header)', 'bd_get_far', 'bd_add'],
    ['big dict getitem vs deletion (the header)', 'bd_get_far', 'bd_del'],
  ];
  for (const [what, reader, writer] of cases) {
    it(what, () => {
      expect(readIsRecorded(reader, writer)).toBe(true);
    });
  }
});

describe('VM write barriers: a write through the VM locks the object (a second writer conflicts)', () => {
  const cases: [string, string, string][] = [
    ['list STORE_SUBSCR / append', 'list_set', 'list_append'],
    ['list append / STORE_SUBSCR', 'list_append', 'list_set'],
    ['dict overwrite / insertion', 'dict_set', 'dict_add'],
    ['dict insertion / deletion', 'dict_add', 'dict_del'],
    ['set add / discard', 'set_add', 'set_discard'],
    ['STORE_ATTR (cache) / STORE_ATTR of another attribute', 'attr_store', 'attr_store_y'],
    ['inline STORE_ATTR (cache) / STORE_ATTR of another attribute', 'iattr_store', 'iattr_store_y'],
    ['inline STORE_ATTR / a new attribute', 'iattr_store', 'iattr_new'],
    ['inline new attribute / setattr()', 'iattr_new', 'iattr_setattr'],
    ['__slots__ store / store', 'slot_store', 'slot_store'],
    ['STORE_DEREF / STORE_DEREF', 'cell_store', 'cell_store'],
    ['STORE_GLOBAL / STORE_GLOBAL', 'global_store', 'global_store'],
    ['bytearray setitem / append', 'ba_setitem', 'ba_append'],
    ['deque append / popleft', 'dq_append', 'dq_popleft'],
    ['lock acquire+release / acquire+release', 'lock_cycle', 'lock_cycle'],
    ['RLock with / with', 'rlock_cycle', 'rlock_cycle'],
    ['big list STORE_SUBSCR / STORE_SUBSCR in the same card', 'bl_set', 'bl_set_same_card'],
    ['big list append / STORE_SUBSCR (the list header)', 'bl_append', 'bl_set_far'],
    ['big list pop / STORE_SUBSCR (the list header: its length)', 'bl_pop', 'bl_set_same_card'],
    ['big list reverse / STORE_SUBSCR', 'bl_reverse', 'bl_set_far'],
    ['big list STORE_SUBSCR / sort', 'bl_set', 'bl_sort'],
    ['big bytearray setitem / setitem in the same card', 'bb_set', 'bb_set_same_card'],
    ['big bytearray setitem / append (the header)', 'bb_set_far', 'bb_append'],
    ['big bytearray append / setitem (the header)', 'bb_append', 'bb_set'],
    ['big dict overwrite / overwrite in the same card', 'bd_set', 'bd_set_same_card'],
    ['big dict overwrite / insertion', 'bd_set', 'bd_add'],
    ['big dict insertion / overwrite', 'bd_add', 'bd_set_far'],
  ];
  for (const [what, w1, w2] of cases) {
    it(what, () => {
      expect(writeLocks(w1, w2)).toBe(true);
    });
  }
  it('control: writes to unrelated objects do not conflict', () => {
    expect(writeLocks('other_write', 'list_set')).toBe(false);
  });
  it('big list: STORE_SUBSCR far apart do not conflict', () => {
    expect(writeLocks('bl_set', 'bl_set_far')).toBe(false);
    expect(writeLocks('bl_set_far', 'bl_set')).toBe(false);
  });
  it('big bytearray: setitem far apart do not conflict', () => {
    expect(writeLocks('bb_set', 'bb_set_far')).toBe(false);
    expect(writeLocks('bb_set_far', 'bb_set')).toBe(false);
  });
  it('big dict: overwrites of values far apart do not conflict', () => {
    expect(writeLocks('bd_set', 'bd_set_far')).toBe(false);
    expect(writeLocks('bd_set_far', 'bd_set')).toBe(false);
  });
});

describe('zombie safety: walks over a torn container are bounded (no hang, no read past the storage)', () => {
  const g = (name: string): number => vm.global(name);
  it('list: a length past the items vector reads None, not past the vector', () => {
    const l = g('L');
    const saved = mem[l + LI_LEN];
    mem[l + LI_LEN] = (100000 << 1) | 1;
    try {
      expect(listItem(l, 50000)).toBe(K.None);
      expect(listItems(l).length).toBe(payloadWords(mem[l + LI_ITEMS]));
    } finally {
      mem[l + LI_LEN] = saved;
    }
  });
  it('dict: a full index table and entry numbers past the entries vector end the probe', () => {
    const d = g('D');
    const ix = mem[d + D_INDICES];
    const n = payloadWords(ix);
    const saved = Array.from(mem.subarray(ix + 2, ix + 2 + n));
    for (let i = 0; i < n; i++) mem[ix + 2 + i] = i % 2 === 0 ? 1 << 20 : -2; // no empty slot at all
    try {
      expect(dictGetH(d, intern('absent-key'), 12345)).toBe(0);
    } finally {
      mem.set(saved, ix + 2);
    }
    const nent = mem[d + D_NENTRIES];
    mem[d + D_NENTRIES] = (1 << 20 << 1) | 1;
    try {
      expect(dictEntryCount(d)).toBe((payloadWords(mem[d + D_ENTRIES]) / 3) | 0);
    } finally {
      mem[d + D_NENTRIES] = nent;
    }
  });
  it('set: a mask past the table and a table without empty slots end the probe', () => {
    const s = g('ST');
    const savedMask = mem[s + SE_MASK];
    mem[s + SE_MASK] = ((1 << 20) << 1) | 1;
    try {
      expect(setSlots(s)).toBe(payloadWords(mem[s + SE_TABLE]) >> 1);
      expect(setContains(s, (77 << 1) | 1)).toBe(false);
    } finally {
      mem[s + SE_MASK] = savedMask;
    }
    const t = mem[s + SE_TABLE];
    const n = payloadWords(t);
    const saved = Array.from(mem.subarray(t + 2, t + 2 + n));
    for (let i = 0; i < n; i += 2) {
      mem[t + 2 + i] = (5 << 1) | 1; // hash 5, key DUMMY: never equal, never empty
      mem[t + 3 + i] = setDummy();
    }
    try {
      expect(setContains(s, (77 << 1) | 1)).toBe(false);
    } finally {
      mem.set(saved, t + 2);
    }
  });
});
