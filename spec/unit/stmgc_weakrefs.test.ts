// Weak references in the collectors (stmgc/weakrefs.ts): the minor collection follows or clears
// the referents of the weak references made since the last one and unlinks the ones that died
// young; the major collection clears references to unmarked objects and unlinks dead
// references; cleared references with a callback go on the pending list, never dead ones;
// inside a transaction the pending list is the worker's own until the commit publishes it, and
// an abort drops it with the attempt's references (the registry cell's undo restores the chain).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  G_WEAK_PENDING, WR_NEXT, WR_PENDING, WR_REFERENT, W_WEAK_PENDING, addRoot, allocate, attachHeap, collectAllHandles, collectGarbage,
  createHeap, getRoot, isOld, isYoung, mem, removeRoot, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, untagInt,
  verifyHeap, workerSlot, writeBarrier, type TxHandle,
} from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { createWeakRegistry, forEachWeakref, newWeakref, takeWeakPending, weakCell, weakReferent } from '../../stmgc/weakrefs';
import { workerBase } from '../../stmgc/heap';
import { freshHandles } from '../helpers/stm_handles';

const NODE = 12; // payload: [next, tagged value]

function node(value: number, next = 0): number {
  const r = allocate(NODE, 2, 2);
  storeField(r, 0, next);
  storeField(r, 1, tagInt(value));
  return r;
}
const valueOf = (r: number): number => untagInt(mem[r + 3]);

/** A weak reference to `referent`, linked on this slot's chain (as the VM does it). */
function weak(referent: number, callback = 0): number {
  writeBarrier(weakCell(workerSlot));
  return newWeakref(allocate, 0, referent, callback, 0);
}
function chain(): number[] {
  const out: number[] = [];
  forEachWeakref((r) => out.push(r));
  return out;
}
function pending(): number[] {
  const out: number[] = [];
  for (let r = takeWeakPending(); r !== 0; r = mem[r + 2 + WR_PENDING]) out.push(r);
  return out;
}

describe('stmgc weak references, one worker', () => {
  beforeEach(() => {
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 2, rootSlots: 256 }), 0);
    createWeakRegistry();
  });

  it('minor collection: a young referent that survives is followed, one that died is cleared', () => {
    const live = node(1);
    const liveSlot = addRoot(live);
    const w1 = addRoot(weak(live));
    const w2 = addRoot(weak(node(2)));
    minorCollection();
    const r1 = getRoot(w1);
    const r2 = getRoot(w2);
    expect(isOld(r1) && isOld(r2)).toBe(true);
    expect(weakReferent(r1)).toBe(getRoot(liveSlot));
    expect(valueOf(weakReferent(r1))).toBe(1);
    expect(weakReferent(r2)).toBe(0);
    expect(chain()).toEqual([r2, r1]);
    expect(pending()).toEqual([]); // no callbacks
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('minor collection: weak references that died young leave the chain and never call back', () => {
    const keep = addRoot(weak(node(1), tagInt(7)));
    weak(node(2), tagInt(8)); // the reference itself is garbage
    const alsoKeep = addRoot(weak(node(3), tagInt(9)));
    minorCollection();
    expect(chain()).toEqual([getRoot(alsoKeep), getRoot(keep)]);
    // both live references lost their referent; the pending list holds them, oldest first
    expect(pending()).toEqual([getRoot(keep), getRoot(alsoKeep)]);
    expect(mem[G_WEAK_PENDING]).toBe(0);
  });

  it('an old referent is left to the major collection, which clears it when unreachable', () => {
    const a = addRoot(node(1));
    const b = addRoot(node(2));
    const wa = addRoot(weak(getRoot(a), tagInt(1)));
    const wb = addRoot(weak(getRoot(b), tagInt(2)));
    minorCollection();
    removeRoot(b);
    minorCollection();
    expect(weakReferent(getRoot(wb))).not.toBe(0); // (old: only marking knows it died)
    collectGarbage();
    expect(weakReferent(getRoot(wa))).toBe(getRoot(a));
    expect(weakReferent(getRoot(wb))).toBe(0);
    expect(pending()).toEqual([getRoot(wb)]);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('the major collection unlinks dead weak references and frees them', () => {
    const a = addRoot(node(1));
    const keep = addRoot(weak(getRoot(a)));
    const slots: number[] = [];
    for (let i = 0; i < 100; i++) slots.push(addRoot(weak(getRoot(a), tagInt(i))));
    minorCollection();
    expect(chain().length).toBe(101);
    for (const sl of slots) removeRoot(sl); // now old and unreachable
    collectGarbage();
    expect(chain()).toEqual([getRoot(keep)]);
    expect(pending()).toEqual([]); // their referent lives; and dead references never call back
    // the chain head at the last collection is the mark: new references go in front of it
    const w = addRoot(weak(node(5), tagInt(5)));
    minorCollection();
    expect(chain()).toEqual([getRoot(w), getRoot(keep)]);
    expect(pending()).toEqual([getRoot(w)]);
  });

  it('a referent reachable from the pending list of another reference stays alive', () => {
    const cbObj = node(42);
    const target = node(1);
    const w = addRoot(weak(target, cbObj)); // the "callback" word is traced
    const other = addRoot(weak(cbObj));
    minorCollection();
    expect(weakReferent(getRoot(w))).toBe(0);
    expect(weakReferent(getRoot(other))).not.toBe(0); // the callback lives as long as the reference
    collectGarbage();
    expect(valueOf(weakReferent(getRoot(other)))).toBe(42);
    expect(pending()).toEqual([getRoot(w)]);
  });
});

describe('stmgc weak references in transactions', () => {
  let h: TxHandle[];
  beforeEach(() => {
    h = freshHandles();
    createWeakRegistry();
    minorCollection();
  });

  it('an aborted transaction drops its weak references and its cleared ones', () => {
    const a = addRoot(node(1));
    const keep = addRoot(weak(getRoot(a)));
    minorCollection();
    const before = chain();
    txBegin();
    const ws: number[] = [];
    for (let i = 0; i < 3; i++) ws.push(weak(node(10 + i), tagInt(i)));
    const holder = node(0);
    storeField(holder, 0, ws[0]);
    storeField(holder, 1, ws[1]);
    writeBarrier(getRoot(a));
    storeField(getRoot(a), 0, holder); // kept alive through a
    storeField(getRoot(a), 1, ws[2]);
    minorCollection(); // inside the transaction: the young referents die, the references are queued
    expect(mem[workerBase + W_WEAK_PENDING]).not.toBe(0);
    expect(mem[G_WEAK_PENDING]).toBe(0); // not published before the commit
    expect(chain().length).toBe(before.length + 3);
    txAbort();
    expect(mem[workerBase + W_WEAK_PENDING]).toBe(0);
    expect(chain()).toEqual(before);
    expect(mem[getRoot(a) + 2]).toBe(0); // (the undo log restored a)
    expect(pending()).toEqual([]);
    collectAllHandles();
    expect(chain()).toEqual([getRoot(keep)]);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('a commit publishes what its collections cleared', () => {
    txBegin();
    const holder = addRoot(node(0));
    const w1 = weak(node(1), tagInt(1));
    storeField(getRoot(holder), 0, w1);
    minorCollection(); // in the transaction
    const w2 = weak(node(2), tagInt(2));
    storeField(getRoot(holder), 1, w2);
    expect(mem[G_WEAK_PENDING]).toBe(0);
    expect(txCommit()).toBe(true);
    const hr = getRoot(holder);
    expect(pending().sort()).toEqual([mem[hr + 2], mem[hr + 3]].sort());
    expect(weakReferent(mem[hr + 2])).toBe(0);
    expect(weakReferent(mem[hr + 3])).toBe(0);
  });

  it('a weak reference made in one worker to an object of another', () => {
    // slot 1 makes and publishes an object
    switchTo(h[1]);
    txBegin();
    const objSlot = addRoot(node(5));
    expect(txCommit()).toBe(true);
    const obj = getRoot(objSlot);
    expect(isOld(obj)).toBe(true);
    // slot 0 makes a weak reference to it (on slot 0's chain), kept by an old holder
    switchTo(h[0]);
    const holder = addRoot(node(0));
    minorCollection();
    txBegin();
    writeBarrier(getRoot(holder));
    storeField(getRoot(holder), 0, weak(obj, tagInt(1)));
    expect(txCommit()).toBe(true);
    const wr = mem[getRoot(holder) + 2];
    expect(isOld(wr)).toBe(true);
    expect(weakReferent(wr)).toBe(obj);
    const keepW = holder;
    // slot 0's chain holds it, slot 1's does not
    let onCell0 = false;
    for (let r = mem[weakCell(0) + 2]; r !== 0; r = mem[r + 2 + WR_NEXT]) if (r === wr) onCell0 = true;
    expect(onCell0).toBe(true);
    expect(mem[weakCell(1) + 2]).toBe(0);
    // slot 1 drops the object; the stop-the-world collection clears the reference
    switchTo(h[1]);
    removeRoot(objSlot);
    collectAllHandles();
    expect(mem[wr + 2 + WR_REFERENT]).toBe(0);
    expect(pending()).toEqual([wr]);
    expect(mem[getRoot(keepW) + 2]).toBe(wr);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('young referents of a transaction that commits survive when reachable', () => {
    txBegin();
    const n = node(3);
    const w = weak(n, tagInt(1));
    const r = addRoot(n);
    const ws = addRoot(w);
    expect(isYoung(n) && isYoung(w)).toBe(true);
    expect(txCommit()).toBe(true);
    expect(weakReferent(getRoot(ws))).toBe(getRoot(r));
    expect(pending()).toEqual([]);
  });
});
