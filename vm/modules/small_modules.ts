// Small native modules: time, gc, _random (on vm/modules/random_core.ts), errno, atexit, _thread
// stubs for a single thread, and types/_weakref helpers the Python library modules rely on.
import { askNestedCollect } from '../interp/nested_gc';
import * as fs from 'node:fs';
import { clockMs } from '../interp/sched';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_ITER, L_RAW, L_STR, L_TUPLE } from '../runtime/layouts';
import { PyException, newException, raise, typeError, valueError, overflowError } from '../runtime/errors';
import { indexNumber, iterToArray, strOf, tname, truthy } from '../runtime/protocol';
import { newFloat } from '../objects/float_core';
import { floatOf } from '../objects/float';
import { intValue } from '../objects/int';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
import { newStr, strJs } from '../objects/str_core';
import { newList } from '../objects/list_core';
import { defineBuiltin, bindArgs, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { collectGarbage, explicitMajor } from '../../stmgc/gc';
import { MT_STATE_WORDS, MersenneTwister } from './random_core';
import { allocOld, gcEpoch } from '../runtime/alloc';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { G_GC_DISABLED, HEADER_WORDS } from '../../stmgc/layout';
import { mem } from '../../stmgc/heap';
import { makeBuiltinType, type TypeDef } from '../runtime/typedef';
import { newIter, IT_POS, IT_SOURCE } from '../objects/iterators';
import { callObject } from '../interp/call';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { flushStdout } from '../runtime/stdio';
import { sleepImpl } from './thread_module';

function fnIn(m: number) {
  return (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
}

function seconds(v: number): number {
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i !== null) return Number(i);
  return typeError(`'${tname(v)}' object cannot be interpreted as an integer or float`);
}

/** CLOCK_THREAD_CPUTIME_ID: the CPU time of the calling worker's OS thread (Node 20 has no
 *  per-thread CPU clock: /proc/thread-self/stat's utime + stime, in clock ticks of 10 ms; the
 *  process's CPU time where /proc cannot be read). A sleeping guest thread does not count. */
function threadCpuSeconds(): number {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

export function makeTimeModule(): number {
  const m = newModule('time');
  const fn = fnIn(m);
  fn('time', () => newFloat(Date.now() / 1000));
  fn('time_ns', () => intFromBigInt(BigInt(Date.now()) * 1000000n));
  // (one clock for every worker: a time taken on one thread is compared on another)
  fn('perf_counter', () => newFloat(clockMs() / 1000));
  fn('perf_counter_ns', () => intFromBigInt(BigInt(Math.round(clockMs() * 1e6))));
  fn('monotonic', () => newFloat(clockMs() / 1000));
  fn('monotonic_ns', () => intFromBigInt(BigInt(Math.round(clockMs() * 1e6))));
  // CPU time, user + system (CLOCK_PROCESS_CPUTIME_ID: every thread of the process)
  const cpuUs = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
  fn('process_time', () => newFloat(cpuUs() / 1e6));
  fn('process_time_ns', () => intFromBigInt(BigInt(cpuUs()) * 1000n));
  fn('thread_time', () => newFloat(threadCpuSeconds()));
  fn('sleep', sleepImpl); // parks only the calling guest thread (modules/thread_module.ts)
  // the broken-down time of lib/time.py's struct_time: (year, mon, mday, hour, min, sec, wday,
  // yday, isdst, gmtoff, zone), local or UTC; wday 0 is Monday
  const fields = (secs: number, utc: boolean): number => {
    const d = new Date(secs * 1000);
    if (Number.isNaN(d.getTime())) overflowError('timestamp out of range for platform time_t');
    const y = utc ? d.getUTCFullYear() : d.getFullYear();
    const start = utc ? Date.UTC(y, 0, 1) : new Date(y, 0, 1).getTime();
    const startOfDay = utc ? Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) : new Date(y, d.getMonth(), d.getDate()).getTime();
    const yday = Math.round((startOfDay - start) / 86400000) + 1;
    const offsetMin = utc ? 0 : -d.getTimezoneOffset();
    return newTuple([
      intFromNumber(y), intFromNumber((utc ? d.getUTCMonth() : d.getMonth()) + 1), intFromNumber(utc ? d.getUTCDate() : d.getDate()),
      intFromNumber(utc ? d.getUTCHours() : d.getHours()), intFromNumber(utc ? d.getUTCMinutes() : d.getMinutes()),
      intFromNumber(utc ? d.getUTCSeconds() : d.getSeconds()), intFromNumber(((utc ? d.getUTCDay() : d.getDay()) + 6) % 7),
      intFromNumber(yday), intFromNumber(utc ? 0 : isDst(d) ? 1 : 0), intFromNumber(offsetMin * 60),
      newStr(utc ? 'GMT' : zoneName(d)),
    ]);
  };
  const secsArg = (a: number[]): number => (a.length && a[0] !== K.None ? Math.floor(seconds(a[0])) : Math.floor(Date.now() / 1000));
  fn('_utc_fields', (a) => fields(secsArg(a), true));
  fn('_local_fields', (a) => fields(secsArg(a), false));
  // mktime: local broken-down time (year, mon, mday, hour, min, sec, ...) to seconds
  fn('_mktime', (a) => {
    const t = tupleItems(a[0]).map((x) => Number(intValue(x)));
    const d = new Date(t[0], t[1] - 1, t[2], t[3], t[4], t[5]);
    if (t[0] >= 0 && t[0] < 100) d.setFullYear(t[0]);
    if (Number.isNaN(d.getTime())) overflowError('mktime argument out of range');
    return newFloat(d.getTime() / 1000);
  });
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1);
  const jul = new Date(year, 6, 1);
  const std = jan.getTimezoneOffset() >= jul.getTimezoneOffset() ? jan : jul;
  const dst = std === jan ? jul : jan;
  const hasDst = jan.getTimezoneOffset() !== jul.getTimezoneOffset();
  moduleSet(m, 'timezone', intFromNumber(std.getTimezoneOffset() * 60));
  moduleSet(m, 'altzone', intFromNumber((hasDst ? dst : std).getTimezoneOffset() * 60));
  moduleSet(m, 'daylight', intFromNumber(hasDst ? 1 : 0));
  moduleSet(m, 'tzname', newTuple([newStr(zoneName(std)), newStr(zoneName(hasDst ? dst : std))]));
  return m;
}

/** Whether daylight saving time is in effect at d (its offset differs from the year's standard). */
function isDst(d: Date): boolean {
  const y = d.getFullYear();
  const std = Math.max(new Date(y, 0, 1).getTimezoneOffset(), new Date(y, 6, 1).getTimezoneOffset());
  return d.getTimezoneOffset() < std;
}

/** The local zone's abbreviation at d ('UTC', 'CET', 'EST'): ICU knows most under one English
 *  locale or another; tzdata's numeric ones ('+04') where it has none. */
function zoneName(d: Date): string {
  if (d.getTimezoneOffset() === 0 && (process.env.TZ === undefined || /^(UTC|GMT|Etc\/UTC|UTC0|)$/i.test(process.env.TZ))) return 'UTC';
  for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
    const part = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName');
    if (part && !/^(GMT|UTC)[+-−]/.test(part.value)) return part.value;
  }
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const h = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
  const m = Math.abs(off) % 60;
  return sign + h + (m === 0 ? '' : String(m).padStart(2, '0'));
}

export function makeGcModule(): number {
  const m = newModule('gc');
  const fn = fnIn(m);
  fn('collect', () => intFromNumber(collectGarbageSafely()));
  // one flag for every worker (a heap word); collections do not depend on it (as PyPy's)
  fn('enable', () => { Atomics.store(mem, G_GC_DISABLED, 0); return K.None; });
  fn('disable', () => { Atomics.store(mem, G_GC_DISABLED, 1); return K.None; });
  fn('isenabled', () => (Atomics.load(mem, G_GC_DISABLED) === 0 ? K.True : K.False));
  fn('get_count', () => newTuple([intFromNumber(0), intFromNumber(0), intFromNumber(0)]));
  fn('get_threshold', () => newTuple([intFromNumber(700), intFromNumber(10), intFromNumber(10)]));
  fn('set_threshold', () => K.None);
  fn('get_objects', () => newList([]));
  fn('get_referrers', () => newList([]));
  fn('get_referents', () => newList([]));
  fn('is_tracked', () => K.True);
  fn('freeze', () => K.None);
  fn('unfreeze', () => K.None);
  fn('get_freeze_count', () => intFromNumber(0));
  moduleSet(m, 'garbage', newList([]));
  moduleSet(m, 'callbacks', newList([]));
  return m;
}

/** gc.collect() runs inside a bytecode: request a full collection at the next safe point. */
let collectRequested = false;
function collectGarbageSafely(): number {
  collectRequested = true;
  askNestedCollect(); // (inside a builtin's callback: the young garbage made there, at once)
  explicitMajor.pending = true; // (gc.collect() is honoured also during the hold-off after a timeout)
  requestMajorCollection();
  return 0;
}
import { requestSafePoint } from '../../stmgc/heap';
import { G_MAJOR_REQUESTED } from '../../stmgc/layout';
/** Asks for a major collection at this worker's next safe point (gc.collect(), io's unclosed files). */
export function requestMajorCollection(): void {
  mem[G_MAJOR_REQUESTED] = 1;
  requestSafePoint();
}
export function gcCollectPending(): boolean {
  const r = collectRequested;
  collectRequested = false;
  return r;
}
export { collectGarbage };

// ── _random ──
// A Random object's generator state (624 words + index) is an old raw heap object (IT_SOURCE):
// every worker sees the same generator, and a transaction's barrier on it makes an abort undo the
// draws. Each worker keeps JS wrappers (views of those words) by address, rebuilt after a
// collection or an abort (gcEpoch).
let wrappers = new Map<number, MersenneTwister>();
let wrappersEpoch = -1;
function wrapperOf(state: number): MersenneTwister {
  if (wrappersEpoch !== gcEpoch()) {
    wrappers = new Map();
    wrappersEpoch = gcEpoch();
  }
  let g = wrappers.get(state);
  if (g === undefined) {
    g = new MersenneTwister(undefined, new Uint32Array(mem.buffer, mem.byteOffset + (state + HEADER_WORDS) * 4, MT_STATE_WORDS));
    wrappers.set(state, g);
  }
  return g;
}
/** The generator of Random `self`, about to be advanced or reseeded (write barrier). */
function genOf(self: number): MersenneTwister {
  const state = mem[self + IT_SOURCE];
  writeBarrier(state);
  return wrapperOf(state);
}
/** The generator of Random `self`, only read. */
function genRead(self: number): MersenneTwister {
  const state = mem[self + IT_SOURCE];
  readBarrier(state);
  return wrapperOf(state);
}

export const randomType: TypeDef = {
  name: 'Random',
  module: '_random',
  layout: L_ITER,
  flags: 4,
  slots: {
    new: (cls, args) => {
      const state = allocOld(L_RAW, MT_STATE_WORDS, 0);
      const g = wrapperOf(state);
      seedGen(g, args.length > 0 ? args[0] : K.None);
      return newIter(cls, state);
    },
    init: () => undefined,
  },
  methods: {
    random: (a) => newFloat(genOf(a[0]).random()),
    seed: (a) => {
      seedGen(genOf(a[0]), a.length > 1 ? a[1] : K.None);
      return K.None;
    },
    getrandbits: (a) => {
      if (a.length !== 2) typeError(`Random.getrandbits() takes exactly one argument (${a.length - 1} given)`);
      const k = indexNumber(a[1]);
      if (k < 0) valueError('number of bits must be non-negative');
      return intFromBigInt(genOf(a[0]).getrandbits(k));
    },
    getstate: (a) => newTuple(genRead(a[0]).getstate().map((x) => intFromNumber(x))),
    setstate: (a) => {
      if (layoutOf(a[1]) !== L_TUPLE) typeError('state vector must be a tuple');
      const items = tupleItems(a[1]).map((x) => {
        const v = intValue(x);
        if (v === null) typeError('state vector items must be integers');
        if (v! < 0n) overflowError("can't convert negative int to unsigned");
        return Number(v! & 0xffffffffn);
      });
      try {
        genOf(a[0]).setstate(items);
      } catch (e) {
        valueError((e as Error).message);
      }
      return K.None;
    },
  },
};

function seedGen(g: MersenneTwister, v: number): void {
  if (v === K.None) {
    g.seedFromEntropy();
    return;
  }
  const i = intValue(v);
  if (i !== null) {
    g.seedFromBigInt(i < 0n ? -i : i);
    return;
  }
  const b = bytesOf(v);
  if (b !== null) {
    g.seedFromBytes(b);
    return;
  }
  if (layoutOf(v) === L_STR) {
    g.seedFromBytes(new Uint8Array(Buffer.from(strJs(v), 'utf8')));
    return;
  }
  typeError('The only supported seed types are: None, int, float, str, bytes, and bytearray.');
}

export function makeRandomCoreModule(): number {
  const m = newModule('_random');
  moduleSet(m, 'Random', T.Random);
  return m;
}

import { ERRNO_CODES, ERRNO_NAMES } from '../runtime/errno_table';
export function makeErrnoModule(): number {
  const m = newModule('errno');
  const d = newDictFromEntries(ERRNO_CODES.map(([n, name]) => [intFromNumber(n), newStr(name)]));
  for (const [name, n] of ERRNO_NAMES) moduleSet(m, name, intFromNumber(n));
  moduleSet(m, 'errorcode', d);
  return m;
}
import { dictSet, newDict } from '../objects/dict_core';
function newDictFromEntries(entries: [number, number][]): number {
  const d = newDict();
  for (const [k, v] of entries) dictSet(d, k, v);
  return d;
}

// Registered handlers live in the heap: an old pinned list of (func, args, kwnames) tuples made
// by bootCore (initAtexit), so every worker's replay names the same list and a handler
// registered from a thread on any worker runs at exit on the main thread. (A list made on first
// use was this JS thread's: a worker's registrations were lost.)
let atexitList = 0;
export function initAtexit(): void {
  atexitList = pin(newList([], T.list, true));
}
function handlers(): number {
  if (atexitList === 0) initAtexit(); // (a VM booted without bootCore: unit tests)
  return atexitList;
}
export function makeAtexitModule(): number {
  const m = newModule('atexit');
  const fn = fnIn(m);
  fn('register', (a, kw) => {
    if (a.length === 0) typeError('register() takes at least 1 argument (0 given)');
    listAppend(handlers(), newTuple([a[0], newTuple(a.slice(1)), kw === 0 ? K.None : kw]));
    return a[0];
  });
  fn('unregister', (a) => {
    const items = listItems(handlers()).filter((t) => tupleItems(t)[0] !== a[0]);
    listSetAll(handlers(), items);
    return K.None;
  });
  fn('_run_exitfuncs', () => { runAtexit(); return K.None; });
  fn('_clear', () => { listSetAll(handlers(), []); return K.None; });
  fn('_ncallbacks', () => intFromNumber(listItems(handlers()).length));
  return m;
}
/** Runs the atexit handlers (last registered first); returns the exceptions they raised. */
export function runAtexit(): number[] {
  const errors: number[] = [];
  if (atexitList === 0) return errors;
  for (;;) {
    const items = listItems(atexitList);
    if (items.length === 0) break;
    const last = items.pop()!;
    listSetAll(atexitList, items);
    const [f, args, kw] = tupleItems(last);
    try {
      callObject(f, tupleItems(args), kw === K.None ? 0 : kw);
    } catch (e) {
      if (e instanceof PyException) errors.push(e.exc);
      else throw e;
    }
  }
  return errors;
}
import { pin } from '../runtime/pinned';
import { listAppend, listItems, listSetAll } from '../objects/list_core';

export const _keep = [T, typeOf, raise, newException, iterToArray, strOf, truthy, bindArgs, makeBuiltinType, IT_POS, newBytes, collectGarbage];
