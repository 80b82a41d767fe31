// The `_thread` module: guest threads (start_new_thread), locks (LockType, RLock), idents, and
// the blocking primitives `time.sleep` and `acquire` on top of the scheduler (interp/sched.ts).
// Locks are old heap objects of layout L_ITER: [class, 0, state object, 1, waiters head, tail]
// (state: tagged 0/1 for a lock, the owner's ident for an RLock). A blocking call made directly
// by a driver loop's instruction registers the thread as waiting and throws PARK: the thread is
// parked and the instruction runs again when it is woken, so the builtin is called a second time
// and finds the wait it registered (retry): it takes the lock or reports the timeout. A call
// from below another builtin waits in a nested driver instead (sched.waitNested).
import { mem, workerSlot } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { setWaitHook } from '../../stmgc/txn_contention';
import { SCAN_ALL } from '../../stmgc/layout';
import { K, T } from '../runtime/types';
import { L_ARRAY, L_BUILTIN, L_ITER, L_TUPLE } from '../runtime/layouts';
import { PyException, raise, typeError, valueError } from '../runtime/errors';
import { isInstance, reprJs, tname, truthy } from '../runtime/protocol';
import { layoutOf, typeOf } from '../runtime/types';
import { typeInfo } from '../objects/type_core';
import { L_FUNCTION, L_TYPE } from '../runtime/layouts';
import { allocOld } from '../runtime/alloc';
import { makeBuiltinType, type TypeDef } from '../runtime/typedef';
import { newFloat } from '../objects/float_core';
import { floatOf } from '../objects/float';
import { intValue } from '../objects/int';
import { intFromNumber } from '../objects/int_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { intern, newStr } from '../objects/str_core';
import { dictGetStr, dictSet, newDict } from '../objects/dict_core';
import { KIND_METHOD, bindArgs, builtinImpl, defineBuiltin, type BuiltinImpl } from '../objects/builtin_function';
import { callObject } from '../interp/call';
import { newModule, moduleSet, moduleDict } from '../objects/module';
import { FN_CODE } from '../objects/function';
import { codeInfo } from '../objects/code';
import { describeFrame } from '../interp/guest_location';
import { sleepMs } from '../runtime/sleep';
import { identity } from '../runtime/identity';
import { formatException } from '../runtime/traceback_print';
import { flushOutput, flushStdout, writeStderr } from '../runtime/stdio';
import { newFrame } from '../interp/frame';
import { FR_CODE, FR_LOCALSPLUS, FR_PC, FR_SP } from '../interp/frame_layout';
import { TS_IDENT, TS_START, TS_FLAGS, TF_MAIN, TF_DAEMON, ts } from '../interp/thread';
import {
  LK_WHEAD, PARK, WAIT_SLEEP, WAIT_YIELD, bootFunction, calledFromDriver, deadlineOf, endWait, getSwitchInterval,
  liveThreadCount, registerWait, registerYield, retryingWait, setBootFunction, setFlushBeforeWait, setFrameDescriber,
  setThreadHooks, startThread, mustBeInevitable, clockMs, setPoolStarter, setPoolBroken, commitSoonAfterRelease, setWorkerCheck, waitNested, wakeOneWaiter as wakeOne, Deadlock, initScheduler, runOutermost, schedulerReady, setRunLoop,
} from '../interp/sched';
import { run } from '../interp/loop';
import { startThreadPool, checkThreadWorkers, poolBroken } from '../workers/pool';
import { STM_BUILD } from '../../stmgc/build_mode';
import { installStmHooks } from '../interp/stm_hooks';
import { sysModulesDict } from '../runtime/importer';
import { getattr, getattrOpt, indexNumber } from '../runtime/protocol';
import { compileToHeap, execCode } from '../runtime/importer';
import { NSIG, SIGINT, handlerEntry, H_DFL, H_IGN, mainHasSignals, runPendingSignals, tripSignal } from '../runtime/signals';

/** The main thread, woken from a wait by a signal, runs the handlers; if one raises, the wait is
 *  over (TS_WAITOBJ cleared) and the exception comes out of the blocking call. */
function signalsInWait(retry: boolean): void {
  try {
    runPendingSignals();
  } catch (e) {
    if (retry) endWait();
    throw e;
  }
}

// Lock objects: [class, __dict__ (0), state object, 1, waiters head, waiters tail]. The state
// and the recursion count are transactional: they live in their own small object
// [state, count] (read-barriered before reads, write-barriered before writes: lkState, lkWrite),
// because the waiter list (sched.ts LK_WHEAD/LK_WTAIL) is scheduler metadata written outside
// transactions: in the lock object itself, the undo log of a transaction that wrote the state
// would back the waiter words up with it and an abort would restore stale ones.
const LK_CELL = 4;
const LK_STATE = 2; // in the state object
const LK_COUNT = 3;
/** The lock's state object (the word never changes). */
const lkc = (self: number): number => mem[self + LK_CELL];
/** The lock's state (owner ident for RLocks, 1 when held for Locks; 0 free), read-barriered. */
function lkState(self: number): number {
  const c = lkc(self);
  readBarrier(c);
  return mem[c + LK_STATE] >> 1;
}
/** Before writing the state or count words. */
function lkWrite(self: number): void { writeBarrier(lkc(self)); }
/** CPython's _thread.TIMEOUT_MAX on Linux (PY_TIMEOUT_MAX / 1e6). */
export const TIMEOUT_MAX = 9223372036.0;

// The lock classes, made by bootCore (initThreadTypes): every worker's replay names the same
// classes and knows their slots and builtins. (Made by the `_thread` factory until 2026-12-05, a
// pool worker knew neither until it ran that factory in capture mode: `_thread.RLock()` there
// built an object without its state cell, `_thread.LockType.__repr__(l)` refused a lock, and
// the capture's classes were pinned, which made its transaction inevitable.)
let lockType = 0;
let rlockType = 0;
export function initThreadTypes(): void {
  lockType = makeBuiltinType(lockDef);
  rlockType = makeBuiltinType(rlockDef);
}
/** Implementations that may park the calling thread (their call sites are checked). */
const blockingImpls = new Set<BuiltinImpl>();

function newLockObject(cls: number, state: number): number {
  const c = allocOld(L_ARRAY, 2, SCAN_ALL);
  mem[c + LK_STATE] = (state << 1) | 1;
  mem[c + LK_COUNT] = 1;
  const r = allocOld(L_ITER, 6, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + LK_CELL] = c;
  mem[r + LK_CELL + 1] = 1;
  return r;
}

export function newLock(): number { return newLockObject(lockType, 0); }

const myIdent = (): number => mem[ts + TS_IDENT] >> 1;

/** Whether the instruction being executed in the current frame calls `self`'s blocking method
 *  (or, with self 0, a blocking function) directly: CALL, CALL_KW, or BEFORE_WITH on self. */
function callSiteIs(self: number): boolean {
  const f = mem[ts + 2];
  if (f === 0) return false;
  const ci = codeInfo(mem[f + FR_CODE]);
  const pc = mem[f + FR_PC] >> 1;
  if (pc < 1) return false;
  const w = ci.words[pc - 1];
  const op = w & 0xff;
  const sp = f + (mem[f + FR_SP] >> 1);
  if (op === 66 || op === 67) {
    const base = sp - (w >>> 8) - 2;
    if (base < f + FR_LOCALSPLUS) return false;
    const a = mem[base];
    const b = mem[base + 1];
    if (a !== 0) return isBlocking(a) && (self === 0 || b === self);
    return isBlocking(b) && (self === 0 || mem[b + 3] === self);
  }
  if (op === 88) return self !== 0 && mem[sp - 1] === self;
  return false;
}

function isBlocking(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && (mem[v] & 0x7ff) === L_BUILTIN && blockingImpls.has(builtinImpl(v));
}

/** May the running builtin park its thread (throw PARK)? */
function canPark(self: number): boolean {
  return calledFromDriver() && callSiteIs(self);
}

// ── locks ──
function tryTake(self: number, reentrant: boolean): boolean {
  const st = lkState(self);
  if (!reentrant) {
    if (st !== 0) return false;
    lkWrite(self);
    mem[lkc(self) + LK_STATE] = 3;
    return true;
  }
  const me = myIdent();
  if (st === 0) {
    lkWrite(self);
    mem[lkc(self) + LK_STATE] = (me << 1) | 1;
    mem[lkc(self) + LK_COUNT] = 3;
    return true;
  }
  if (st === me) {
    lkWrite(self);
    mem[lkc(self) + LK_COUNT] += 2;
    return true;
  }
  return false;
}

function timeoutArg(blocking: boolean, t: number): number {
  if (t === 0 || t === K.None) return -1;
  const f = floatOf(t);
  const n = f !== null ? f : Number(intValue(t) ?? typeError(`'${typeNameOf(t)}' object cannot be interpreted as an integer or float`));
  if (!blocking && n !== -1) valueError("can't specify a timeout for a non-blocking call");
  if (n < 0 && n !== -1) valueError('timeout value must be positive');
  if (n > TIMEOUT_MAX) raise(T.OverflowError, 'timeout value is too large');
  return n;
}

const typeNameOf = (v: number): string => tname(v);

/** acquire(blocking=True, timeout=-1) for both lock kinds. */
function acquire(self: number, blocking: boolean, timeout: number, reentrant: boolean, site = self): number {
  const retry = retryingWait() === self;
  if (tryTake(self, reentrant)) {
    if (retry) endWait();
    return K.True;
  }
  if (!blocking) return K.False;
  const deadline = retry ? deadlineOf(ts) : timeout < 0 ? Infinity : clockMs() + timeout * 1000;
  if (deadline !== Infinity && clockMs() >= deadline) {
    if (retry) endWait();
    return K.False;
  }
  if (mainHasSignals()) signalsInWait(retry);
  if (!schedulerReady()) {
    // a worker without guest threads: poll (only another worker can release the lock)
    for (;;) {
      if (deadline !== Infinity && clockMs() >= deadline) return K.False;
      sleepMs(Math.min(1, deadline - clockMs()));
      if (tryTake(self, reentrant)) return K.True;
    }
  }
  if (canPark(site)) {
    registerWait(self, 0, deadline);
    throw PARK;
  }
  for (;;) {
    registerWait(self, 0, deadline, true);
    waitNested();
    if (mainHasSignals()) signalsInWait(true);
    if (tryTake(self, reentrant)) {
      endWait();
      return K.True;
    }
    if (deadline !== Infinity && clockMs() >= deadline) {
      endWait();
      return K.False;
    }
  }
}

function release(self: number): void {
  lkWrite(self);
  mem[lkc(self) + LK_STATE] = 1;
  if (mem[self + LK_WHEAD] !== 0) {
    mustBeInevitable(); // waking a waiter changes the scheduler: it cannot be undone
    wakeOne(self);
  }
  commitSoonAfterRelease(); // publish the Lock when someone waits or the transaction is old
}

function lockAcquireImpl(reentrant: boolean): BuiltinImpl {
  return (a, kw) => {
    const [self, b, t] = bindArgs('acquire', a, kw, ['self', 'blocking?', 'timeout?']);
    const blocking = b === 0 ? true : truthy(b);
    return acquire(self, blocking, timeoutArg(blocking, t), reentrant);
  };
}

const lockAcquire = lockAcquireImpl(false);
const lockEnter: BuiltinImpl = (a) => acquire(a[0], true, -1, false);
const lockRelease: BuiltinImpl = (a) => {
  if (lkState(a[0]) === 0) raise(T.RuntimeError, 'release unlocked lock');
  release(a[0]);
  return K.None;
};
const rlockAcquire = lockAcquireImpl(true);
const rlockEnter: BuiltinImpl = (a) => acquire(a[0], true, -1, true);
const rlockRelease: BuiltinImpl = (a) => {
  const self = a[0];
  if (lkState(self) !== myIdent() || lkState(self) === 0) raise(T.RuntimeError, 'cannot release un-acquired lock');
  lkWrite(self);
  const c = (mem[lkc(self) + LK_COUNT] >> 1) - 1;
  mem[lkc(self) + LK_COUNT] = (c << 1) | 1;
  if (c === 0) release(self);
  return K.None;
};
/** RLock._acquire_restore((count, owner)): blocks like acquire, then restores the count. */
const rlockAcquireRestore: BuiltinImpl = (a) => {
  const self = a[0];
  const state = a[1];
  if ((state & 1) === 1 || (mem[state] & 0x7ff) !== L_TUPLE || tupleLen(state) !== 2) typeError('_acquire_restore() argument must be a (count, owner) tuple');
  acquire(self, true, -1, true);
  lkWrite(self);
  mem[lkc(self) + LK_COUNT] = tupleItem(state, 0);
  mem[lkc(self) + LK_STATE] = tupleItem(state, 1);
  return K.None;
};

/** `__enter__` for a Python class whose `_lock` attribute is the lock (threading.Condition):
 *  a builtin, so that `with cond:` acquires (and may park) with no nested Python frame. */
const holderEnter: BuiltinImpl = (a) => {
  const self = a[0];
  const lock = getattr(self, intern('_lock'));
  const cls = (lock & 1) === 0 && (mem[lock] & 0x7ff) === L_ITER ? mem[lock + 2] : 0;
  if (cls === lockType || cls === rlockType) return acquire(lock, true, -1, cls === rlockType, self);
  return callMethod(lock, '__enter__', []);
};
const holderExit: BuiltinImpl = (a) => {
  const self = a[0];
  const lock = getattr(self, intern('_lock'));
  const cls = (lock & 1) === 0 && (mem[lock] & 0x7ff) === L_ITER ? mem[lock + 2] : 0;
  if (cls === lockType) return lockRelease([lock], 0);
  if (cls === rlockType) return rlockRelease([lock], 0);
  return callMethod(lock, '__exit__', a.slice(1));
};
function callMethod(obj: number, name: string, args: number[]): number {
  return callObject(getattr(obj, intern(name)), args, 0);
}
for (const f of [lockAcquire, lockEnter, rlockAcquire, rlockEnter, rlockAcquireRestore, holderEnter]) blockingImpls.add(f);

const lockDef: TypeDef = {
  name: 'lock',
  module: '_thread',
  layout: L_ITER,
  final: true,
  slots: {
    new: () => typeError("cannot create '_thread.lock' instances"),
    repr: (self) => newStr(`<${lkState(self) !== 0 ? 'locked' : 'unlocked'} _thread.lock object at 0x${identity(self).toString(16)}>`),
  },
  methods: {
    acquire: lockAcquire,
    acquire_lock: lockAcquire,
    __enter__: lockEnter,
    release: lockRelease,
    release_lock: lockRelease,
    __exit__: lockRelease,
    locked: (a) => (lkState(a[0]) !== 0 ? K.True : K.False),
    locked_lock: (a) => (lkState(a[0]) !== 0 ? K.True : K.False),
    _at_fork_reinit: (a) => {
      lkWrite(a[0]);
      mem[lkc(a[0]) + LK_STATE] = 1;
      return K.None;
    },
  },
};

const rlockDef: TypeDef = {
  name: 'RLock',
  module: '_thread',
  layout: L_ITER,
  final: true,
  slots: {
    new: () => newLockObject(rlockType, 0),
    init: () => undefined,
    repr: (self) => {
      const owner = lkState(self);
      const count = owner === 0 ? 0 : mem[lkc(self) + LK_COUNT] >> 1; // after lkState's barrier
      return newStr(`<${owner !== 0 ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${count} at 0x${identity(self).toString(16)}>`);
    },
  },
  methods: {
    acquire: rlockAcquire,
    __enter__: rlockEnter,
    release: rlockRelease,
    __exit__: rlockRelease,
    _is_owned: (a) => (lkState(a[0]) === myIdent() ? K.True : K.False),
    _release_save: (a) => {
      const self = a[0];
      if (lkState(self) === 0) raise(T.RuntimeError, 'cannot release un-acquired lock');
      lkWrite(self);
      const st = newTuple([mem[lkc(self) + LK_COUNT], mem[lkc(self) + LK_STATE]]);
      mem[lkc(self) + LK_COUNT] = 1;
      release(self);
      return st;
    },
    _acquire_restore: rlockAcquireRestore,
    _recursion_count: (a) => (lkState(a[0]) === myIdent() ? mem[lkc(a[0]) + LK_COUNT] : intFromNumber(0)),
    _at_fork_reinit: (a) => {
      lkWrite(a[0]);
      mem[lkc(a[0]) + LK_STATE] = 1;
      mem[lkc(a[0]) + LK_COUNT] = 1;
      return K.None;
    },
  },
};

// ── time.sleep ──
function seconds(v: number): number {
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i !== null) return Number(i);
  return typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer or float`);
}

/** time.sleep(secs): parks only the calling guest thread; sleep(0) lets the others run first. */
export const sleepImpl: BuiltinImpl = (a, kw) => {
  if (kw !== 0 && tupleLen(kw) > 0) typeError('sleep() takes no keyword arguments');
  if (a.length !== 1) typeError(`time.sleep() takes exactly one argument (${a.length} given)`);
  const w = retryingWait();
  if (w === WAIT_YIELD) {
    endWait();
    return K.None;
  }
  if (w === WAIT_SLEEP) {
    if (clockMs() >= deadlineOf(ts)) {
      endWait();
      return K.None;
    }
    if (mainHasSignals()) signalsInWait(true);
    registerWait(0, WAIT_SLEEP, deadlineOf(ts));
    throw PARK;
  }
  const s = seconds(a[0]);
  if (Number.isNaN(s)) valueError('Invalid value NaN (not a number)');
  if (s < 0) valueError('sleep length must be non-negative');
  if (!schedulerReady()) {
    flushStdout();
    sleepMs(s * 1000);
    return K.None;
  }
  const direct = canPark(0);
  if (s === 0) {
    if (!direct) return K.None;
    registerYield();
    throw PARK;
  }
  const deadline = clockMs() + s * 1000;
  registerWait(0, WAIT_SLEEP, deadline, !direct);
  if (direct) throw PARK;
  for (;;) {
    waitNested(); // (a deadline already past: its timer fires in the nested driver's first look)
    if (mainHasSignals()) signalsInWait(true);
    if (clockMs() >= deadline) break;
    registerWait(0, WAIT_SLEEP, deadline, true);
  }
  endWait();
  return K.None;
};
blockingImpls.add(sleepImpl);

/** _thread._yield(): lets every other runnable thread run before this one goes on. */
const yieldImpl: BuiltinImpl = () => {
  if (retryingWait() === WAIT_YIELD) {
    endWait();
    return K.None;
  }
  if (!canPark(0)) return K.None;
  registerYield();
  throw PARK;
};
blockingImpls.add(yieldImpl);

// ── starting threads ──
const BOOT_SOURCE = 'def _thread_main(func, args, kwargs):\n    func(*args, **kwargs)\n';

function bootFn(): number {
  let fn = bootFunction();
  if (fn === 0) {
    const g = newDict();
    dictSet(g, intern('__name__'), intern('_thread'));
    execCode(compileToHeap(BOOT_SOURCE, '<thread>'), g);
    fn = dictGetStr(g, intern('_thread_main'));
    setBootFunction(fn);
  }
  return fn;
}

function startNew(func: number, args: number, kwargs: number, sentinel: number, daemon: boolean): number {
  if (!callableObj(func)) typeError('first arg must be callable');
  if ((args & 1) === 1 || !isInstance(args, T.tuple)) typeError('2nd arg must be a tuple');
  if (kwargs !== 0 && kwargs !== K.None && ((kwargs & 1) === 1 || !isInstance(kwargs, T.dict))) typeError('optional 3rd arg must be a dictionary');
  mustBeInevitable(); // a new thread changes the scheduler
  const boot = bootFn();
  const frame = newFrame(boot, codeInfo(mem[boot + FN_CODE]));
  mem[frame + FR_LOCALSPLUS] = func;
  mem[frame + FR_LOCALSPLUS + 1] = args;
  mem[frame + FR_LOCALSPLUS + 2] = kwargs === 0 || kwargs === K.None ? newDict() : kwargs;
  return startThread(frame, func, sentinel, daemon);
}

function callableObj(v: number): boolean {
  const l = layoutOf(v);
  return l === L_FUNCTION || l === L_TYPE || typeInfo(typeOf(v)).slots.call !== null;
}

function reportUncaught(t: number, exc: number): void {
  if (isInstance(exc, T.SystemExit)) return;
  const start = mem[t + TS_START];
  let what = '';
  try {
    what = start !== 0 ? reprJs(start) : '';
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
  flushStdout();
  writeStderr(`Exception ignored in thread started by: ${what}\n${formatException(exc)}`);
}

export function makeThreadModule(): number {
  installHooks();
  // PYSTM_EARLY_POOL=1: the pool boots from here, not from the first thread start (tests of the
  // start race, experiments: vm/NOTES.md "The early pool start hang")
  if (workerSlot === 0 && STM_BUILD && process.env.PYSTM_EARLY_POOL === '1') startThreadPool();
  const m = newModule('_thread');
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'LockType', lockType);
  moduleSet(m, 'lock', lockType);
  moduleSet(m, 'RLock', rlockType);
  moduleSet(m, 'error', T.RuntimeError);
  moduleSet(m, 'TIMEOUT_MAX', newFloat(TIMEOUT_MAX));
  fn('allocate_lock', () => newLock());
  fn('allocate', () => newLock());
  fn('start_new_thread', (a, kw) => {
    if (kw !== 0 && tupleLen(kw) > 0) typeError('start_new_thread() takes no keyword arguments');
    if (a.length < 2 || a.length > 3) typeError(`start_new_thread expected at ${a.length < 2 ? 'least 2' : 'most 3'} arguments, got ${a.length}`);
    return intFromNumber(startNew(a[0], a[1], a.length > 2 ? a[2] : 0, 0, false));
  });
  moduleSet(m, 'start_new', dictGetStr(moduleDict(m), intern('start_new_thread')));
  // _start_joinable_thread(func, args, kwargs, daemon) -> (ident, lock released when it ends)
  fn('_start_joinable_thread', (a) => {
    const sentinel = newLockObject(lockType, 1);
    const ident = startNew(a[0], a[1], a[2], sentinel, a.length > 3 && truthy(a[3]));
    return newTuple([intFromNumber(ident), sentinel]);
  });
  fn('get_ident', () => intFromNumber(myIdent()));
  fn('get_native_id', () => intFromNumber(process.pid + myIdent() - 1));
  fn('_count', () => intFromNumber(liveThreadCount()));
  fn('_is_main_thread', () => ((mem[ts + TS_FLAGS] >> 1) & TF_MAIN ? K.True : K.False));
  fn('_is_daemon', () => ((mem[ts + TS_FLAGS] >> 1) & TF_DAEMON ? K.True : K.False));
  fn('_set_sentinel', () => newLockObject(lockType, 1));
  fn('_yield', yieldImpl);
  moduleSet(m, '_holder_enter', defineBuiltin('__enter__', holderEnter, KIND_METHOD, T.object));
  moduleSet(m, '_holder_exit', defineBuiltin('__exit__', holderExit, KIND_METHOD, T.object));
  fn('_getswitchinterval', () => newFloat(getSwitchInterval()));
  fn('daemon_threads_allowed', () => K.True);
  let stackSize = 0;
  fn('stack_size', (a) => {
    const old = stackSize;
    if (a.length > 0) {
      const n = Number(intValue(a[0]) ?? typeError(`'${typeNameOf(a[0])}' object cannot be interpreted as an integer`));
      if (n !== 0 && n < 32768) valueError('size not valid: 32768 bytes');
      stackSize = n;
    }
    return intFromNumber(old);
  });
  fn('interrupt_main', (a) => {
    if (a.length > 1) typeError(`interrupt_main expected at most 1 argument, got ${a.length}`);
    const n = a.length > 0 ? indexNumber(a[0]) : SIGINT;
    if (n < 1 || n >= NSIG) valueError('signal number out of range');
    const h = handlerEntry(n);
    // a signal Python does not handle (SIG_DFL, SIG_IGN) is ignored, as in CPython 3.10+
    if (h === H_DFL || h === H_IGN || (h === 0 && n !== SIGINT)) return K.None;
    tripSignal(n);
    return K.None;
  });
  return m;
}


// ── process start and exit ──
/** After the main thread state exists: the scheduler, and the driver entry of the loop. */
export function initThreads(): void {
  initScheduler(ts);
  setRunLoop(driverLoop);
  setPoolStarter(startThreadPool);
  setWorkerCheck(checkThreadWorkers);
  setPoolBroken(poolBroken);
  setWaitHook(checkThreadWorkers); // (a transaction waiting for a dead worker's locks)
  installStmHooks();
}

/** The driver entry of the loop: one function for every caller (a pool worker primes its loop
 *  before it installs its own hooks, workers/pool_prime.ts: a second closure would be a call
 *  target V8 has not seen, and deoptimize run()'s callers). */
function driverLoop(): void {
  run(0, true);
}
const threadHooks = { releaseSentinel: (l: number): void => { release(l); }, reportUncaught };

function installHooks(): void {
  setThreadHooks(threadHooks);
  setFrameDescriber(describeFrame);
  setFlushBeforeWait(flushOutput);
}

/** A pool worker that runs guest threads: the same hooks as the main thread's. */
export function initWorkerThreads(): void {
  installHooks();
  setRunLoop(driverLoop);
  installStmHooks();
}

/**
 * CPython's wait_for_thread_shutdown(): when `threading` was imported, its _shutdown() joins
 * every non-daemon thread, run as the main thread's base frame in a driver loop (so the others
 * run meanwhile). An exception there is printed as CPython prints it.
 */
export function waitForThreads(): void {
  const mod = dictGetStr(sysModulesDict(), intern('threading'));
  if (mod === 0) return;
  const fn = getattrOpt(mod, intern('_shutdown'));
  if (fn === 0 || (fn & 1) === 1 || (mem[fn] & 0x7ff) !== L_FUNCTION) return;
  try {
    runOutermost(newFrame(fn, codeInfo(mem[fn + FN_CODE])), (exc) => {
      throw new PyException(exc);
    }, true);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    flushStdout();
    writeStderr(`Exception ignored in: ${reprJs(mod)}\n${formatException(e.exc)}`);
  }
}

/** A deadlock (no thread can run again) reported as a fatal error: exit status 1. */
export function fatalThreadError(e: unknown): number {
  if (!(e instanceof Deadlock)) throw e;
  flushStdout();
  writeStderr(e.message);
  return 1;
}
