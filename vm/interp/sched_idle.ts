// Which JS threads (the main one and the pool workers) count as busy, and when nothing can run
// anywhere any more (the deadlock report, a daemon's nested wait given up at the exit). Every
// function here runs with the scheduler's spin lock held (sched.ts lockSched) and reads or writes
// only words that change under that lock: the busy count, the run queue's head, the timer list's
// head, and a thread's status and flags. So "nothing can run" is one consistent picture, never
// counts read at different moments while another JS thread dequeues (the false deadlock report
// of vm/NOTES.md "Deadlock detection across workers").
import { mem } from '../../stmgc/heap';
import { ST_BLOCKED, TF_IDLEWAIT, TS_FLAGS, TS_STATUS } from './thread';
import { rawCheckOn, rawWrite } from './sched_rawcheck';

/** Anchor words (sched.ts owns the anchor; these three are the ones the decision reads). */
export const SC_RQ_HEAD = 2;
export const SC_TIMERS = 4;
/** JS threads that run a guest thread now, or are about to (tagged count). */
export const SC_BUSY = 10;

/** One JS thread's side of the count. */
export interface IdleState {
  /** It counts in SC_BUSY. */
  busy: boolean;
  /** The pinned waiter of its innermost nested wait, marked TF_IDLEWAIT while it sleeps idle
   *  (0: none marked). */
  waitingFor: number;
}

export function newIdleState(busy: boolean): IdleState { return { busy, waitingFor: 0 }; }

const flagsOf = (t: number): number => mem[t + TS_FLAGS] >> 1;
const setFlags = (t: number, fl: number): void => { if (rawCheckOn) rawWrite(t, 'idle flags'); mem[t + TS_FLAGS] = (fl << 1) | 1; };
const addBusy = (anchor: number, n: number): void => { mem[anchor + SC_BUSY] += 2 * n; };

/** The JS thread is about to run a guest thread (one it dequeued, or its own woken waiter). If a
 *  waker already counted it (wokenPinned), it is not counted twice. */
export function markRunning(anchor: number, s: IdleState): void {
  const w = s.waitingFor;
  if (w !== 0) {
    s.waitingFor = 0;
    const fl = flagsOf(w);
    if ((fl & TF_IDLEWAIT) !== 0) setFlags(w, fl & ~TF_IDLEWAIT);
    else if (!s.busy) s.busy = true; // (counted by its waker)
  }
  if (!s.busy) {
    s.busy = true;
    addBusy(anchor, 1);
  }
}

/**
 * The JS thread found nothing to run (its innermost level's condition is false, nothing in the
 * queue for it): it stops counting, and marks `waiter` (the thread its innermost nested wait is
 * for, 0 if none) so that whoever wakes it counts this JS thread again at once. Returns whether
 * nothing can run anywhere: no JS thread busy, nothing queued (for any JS thread), no timer.
 */
export function markIdle(anchor: number, s: IdleState, waiter: number): boolean {
  forgetWaiter(s); // (marked again below, if still blocked)
  if (s.busy) {
    s.busy = false;
    addBusy(anchor, -1);
  }
  if (waiter !== 0 && (mem[waiter + TS_STATUS] >> 1) === ST_BLOCKED) {
    setFlags(waiter, flagsOf(waiter) | TF_IDLEWAIT);
    s.waitingFor = waiter;
  }
  return nothingCanRun(anchor);
}

/** Lock held: no JS thread busy, nothing queued, no timer. */
export function nothingCanRun(anchor: number): boolean {
  return mem[anchor + SC_BUSY] >> 1 === 0 && mem[anchor + SC_RQ_HEAD] === 0 && mem[anchor + SC_TIMERS] === 0;
}

/** A pinned thread was woken (made ST_READY): if its JS thread sleeps idle for it, that JS thread
 *  counts as busy from now on (it will resume the thread), before anyone can decide otherwise. */
export function wokenPinned(anchor: number, t: number): void {
  const fl = flagsOf(t);
  if ((fl & TF_IDLEWAIT) === 0) return;
  setFlags(t, fl & ~TF_IDLEWAIT);
  addBusy(anchor, 1);
}

/** The JS thread's mark goes (it leaves pickNext by an exception: a given-up wait, a report; or
 *  it goes idle again and marks anew). A waker that already counted it leaves it busy. */
export function forgetWaiter(s: IdleState): void {
  const w = s.waitingFor;
  if (w === 0) return;
  s.waitingFor = 0;
  const fl = flagsOf(w);
  if ((fl & TF_IDLEWAIT) !== 0) setFlags(w, fl & ~TF_IDLEWAIT);
  else if (!s.busy) s.busy = true; // (counted by its waker: the count stays right)
}
