// str builders (vm/objects/str_builder.ts) under transactions and collections. The VM is booted
// in-process with 3 worker slots and two transaction handles take turns on this thread:
//   - an append in place to an old buffer is undone by an abort (`used` back, the global back to
//     the old view, whose text is intact), and the same append then commits in place;
//   - another worker's append to that str copies into a buffer of its own (never writes the
//     first worker's spare room), and the first worker still appends in place afterwards;
//   - an append while another handle holds the buffer's card is not made in place behind its
//     back: the owner check sends other workers to the copy path, and the owner's own append
//     after an abort elsewhere sees the right `used`;
//   - minor collections move young views and buffers (new addresses, same text, same hash) and a
//     major collection keeps a buffer alive through an old view alone.
import { describe, expect, it } from 'vitest';
import { collectAllHandles, switchTo, txAbort, txBegin, txCommit } from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { strBuilderInfo } from '../../vm/objects/str_builder';
import { strHash, strJs } from '../../vm/objects/str_core';
import { intValue } from '../../vm/objects/int';
import { committed, endTx, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
S = ''
KEEP = []
def reset():
    global S
    S = ''.join(['seed-'] * 60)
    S = S + 'a'                   # 301 units: a builder made by this worker
    KEEP.clear()
def append():
    global S
    S += 'xyz'
def append_long():
    global S
    for i in range(300):
        S += str(i % 10)
def keep():
    KEEP.append(S)
def keep_view():
    KEEP.append(S + '!')
def churn():
    junk = []
    for i in range(3000):
        junk.append([i, str(i)])
    return len(junk)
A = ''
def reset_astral():
    global A
    A = ''.join(['seed\\U0001F600'] * 60)
    A = A + 'a'                   # 301 code points with astral ones: an astral builder (kind 4)
def append_astral():
    global A
    A += 'x\\U0001F600'
def astral_ok():
    # the view's hash (continued over each append) is the hash of the same text made fresh
    fresh = ''.join(list(A))
    return int(hash(fresh) == hash(A) and fresh == A and len(A) == len(fresh))
def check():
    want = 'seed-' * 60 + 'a'
    for k in KEEP:
        if not k.startswith(want):
            return 0
    return len(KEEP)
`;

const vm = vmWithHandles(SRC, 'strbuf.py');
const S = (): number => vm.global('S');
const info = (r: number) => {
  const i = strBuilderInfo(r);
  if (i === null) throw new Error('not a builder view');
  return i;
};
const base = 'seed-'.repeat(60) + 'a';

describe('str builders in transactions', () => {
  it('an aborted in-place append restores used; the same append then commits in place', () => {
    switchTo(vm.t1);
    const before = S();
    const b0 = info(before);
    expect(b0.owner).toBe(1);
    expect(b0.used).toBe(301);
    txBegin();
    vm.run('append');
    const during = info(S());
    expect(during.buf).toBe(b0.buf); // in place
    expect(during.used).toBe(304);
    txAbort('test');
    expect(S()).toBe(before);
    expect(info(before).used).toBe(301);
    expect(strJs(before)).toBe(base);
    committed(() => vm.run('append'));
    const after = info(S());
    expect(after.buf).toBe(b0.buf);
    expect(after.used).toBe(304);
    expect(strJs(S())).toBe(base + 'xyz');
    endTx();
  });

  it("another worker's append copies; the owner keeps appending in place", () => {
    switchTo(vm.t1);
    const first = S();
    const b0 = info(first);
    switchTo(vm.t2);
    committed(() => vm.run('append'));
    const other = info(S());
    expect(other.buf).not.toBe(b0.buf);
    expect(other.owner).toBe(2);
    expect(other.used).toBe(304);
    expect(info(first).used).toBe(301); // (t1's buffer untouched)
    expect(strBuilderInfo(0 + b0.buf)).toBeNull(); // (the buffer is no str)
    expect(strJs(S())).toBe(base + 'xyz');
    // back on t1: S is now t2's view: t1 copies again, into its own buffer
    switchTo(vm.t1);
    committed(() => vm.run('append'));
    const mine = info(S());
    expect(mine.owner).toBe(1);
    expect(mine.buf).not.toBe(other.buf);
    committed(() => vm.run('append'));
    expect(info(S()).buf).toBe(mine.buf);
    expect(strJs(S())).toBe(base + 'xyz'.repeat(3));
    endTx();
  });

  it('the owner appends after a conflicting writer aborted: used is exact', () => {
    switchTo(vm.t1);
    txBegin();
    vm.run('append'); // in place; t1 holds the buffer's card and S's dict
    const held = info(S());
    expect(held.used).toBe(304);
    switchTo(vm.t2);
    txBegin();
    let t2Aborted = false;
    try {
      vm.run('append'); // not the owner: copies, but conflicts on the globals dict with t1
      t2Aborted = !txCommit();
    } catch {
      t2Aborted = true;
      endTx();
    }
    switchTo(vm.t1);
    let t1Ok = true;
    try {
      t1Ok = txCommit();
    } catch {
      t1Ok = false;
      endTx();
    }
    expect(t1Ok || t2Aborted).toBe(true);
    // whatever happened, the committed S is a consistent text and its buffer's used matches a view
    const s = strJs(S());
    expect(s.startsWith(base)).toBe(true);
    expect(s.length === 301 || s.length === 304 || s.length === 307).toBe(true);
    committed(() => vm.run('append'));
    expect(strJs(S())).toBe(s + 'xyz');
    endTx();
  });

  it('astral text builds in place too (kind 4): an abort restores used, hashes stay exact', () => {
    switchTo(vm.t1);
    committed(() => vm.run('reset_astral'));
    const a0 = vm.global('A');
    const i0 = info(a0);
    expect(i0.used).toBe(301);
    expect(i0.owner).toBe(1);
    const text0 = strJs(a0);
    txBegin();
    vm.run('append_astral');
    expect(info(vm.global('A')).buf).toBe(i0.buf); // in place
    expect(info(vm.global('A')).used).toBe(303);
    txAbort('test');
    expect(vm.global('A')).toBe(a0);
    expect(info(a0).used).toBe(301);
    expect(strJs(a0)).toBe(text0);
    for (let k = 0; k < 5; k++) committed(() => vm.run('append_astral'));
    expect(info(vm.global('A')).buf).toBe(i0.buf);
    expect(strJs(vm.global('A'))).toBe(text0 + 'x\u{1F600}'.repeat(5));
    expect(Number(intValue(committed(() => vm.run('astral_ok'))))).toBe(1);
    // another worker's append copies into its own buffer
    switchTo(vm.t2);
    committed(() => vm.run('append_astral'));
    expect(info(vm.global('A')).owner).toBe(2);
    expect(info(vm.global('A')).buf).not.toBe(i0.buf);
    expect(Number(intValue(committed(() => vm.run('astral_ok'))))).toBe(1);
    switchTo(vm.t1);
    endTx();
  });

  it('minor collections move young views and buffers; a major one keeps buffers of old views', () => {
    switchTo(vm.t1);
    txBegin();
    vm.run('keep_view'); // S + '!' takes the spare room of S's buffer
    vm.run('append_long'); // so S + '0' copies into a young buffer, which then grows in place
    const young = S();
    const yi = info(young);
    expect(yi.used).toBe(601);
    const text = strJs(young);
    const h = strHash(young);
    vm.run('keep');
    minorCollection(); // inside the transaction: moves the view and its buffer
    const moved = S();
    expect(moved).not.toBe(young);
    expect(info(moved).buf).not.toBe(yi.buf);
    expect(strJs(moved)).toBe(text);
    expect(strHash(moved)).toBe(h);
    vm.run('append'); // the moved buffer is still ours and still the newest view's
    expect(info(S()).buf).toBe(info(moved).buf);
    expect(txCommit()).toBe(true);
    expect(strJs(S())).toBe(text + 'xyz');
    for (let i = 0; i < 3; i++) {
      committed(() => vm.run('churn'));
      committed(() => vm.run('append_long'));
    }
    const finalText = strJs(S());
    collectAllHandles();
    committed(() => vm.run('churn'));
    expect(strJs(S())).toBe(finalText);
    expect(Number(intValue(committed(() => vm.run('check'))))).toBe(2);
    committed(() => vm.run('append'));
    expect(strJs(S())).toBe(finalText + 'xyz');
    endTx();
  });
});
