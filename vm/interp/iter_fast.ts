// GET_ITER's helper (interp/loop.ts): iter() of an exact list or of a range makes its iterator
// directly, as the class's iter slot does (list_iterator at position 0 over the list,
// range_iterator over the range), without typeOf, typeInfo and the slot's megamorphic call;
// an exact generator is returned as it is (h27-gen); anything else (list subclasses, tuples,
// dicts, coroutines, objects with __iter__...) goes
// through protocol iterSoft(), unchanged, with the frame's pc saved first (f_lineno inside __iter__). No barrier: a list's class word and a range's layout never
// change (a builtin's __class__ is not assignable), and the iterator is a fresh object.
// Invariant: the result is exactly what iter(v) returns for the same v; 0 when v is not
// iterable, its TypeError soft-raised (runtime/soft_raise.ts: `for x in 5` caught cost ~1.4 µs
// as a JS throw; run() raises it by `break raised`).
import { mem } from '../../stmgc/heap';
import { T } from '../runtime/types';
import { L_GENERATOR, L_LIST, L_RANGE } from '../runtime/layouts';
import { iterSoft } from '../runtime/protocol';
import { newIter } from '../objects/iterators';
import { savePc } from './frame';

export function iterFast(v: number, f: number, pc: number, wb: number): number {
  if ((v & 1) === 0) {
    const l = mem[v] & 0x7ff;
    // (one call site for both fast kinds: whichever a program iterates first gives it feedback)
    const cls = l === L_LIST && mem[v + 2] === T.list ? T.list_iterator : l === L_RANGE ? T.range_iterator : 0;
    if (cls !== 0) return newIter(cls, v);
    // a generator is its own iterator (its class is final: iter() would find __iter__ = self)
    if (l === L_GENERATOR) return v;
  }
  savePc(f, pc, wb);
  return iterSoft(v);
}
