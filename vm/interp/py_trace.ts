// sys.settrace / sys.setprofile: trace and profile functions written in Python (bdb, pdb, trace,
// profile, coverage's Python tracer), with CPython 3.11's events and rules:
// - 'call' at a frame's RESUME (a new frame, and each resumption of a generator or coroutine):
//   the thread's trace function is called, and a result other than None becomes the frame's
//   f_trace (its local trace function); the profile function is called too;
// - 'line' before an instruction whose line differs from the frame's previous instruction's, or
//   that a backward jump reached (not a SEND's), when the frame has an f_trace and f_trace_lines;
//   'opcode' before every instruction when f_trace_opcodes;
// - 'return' at RETURN_VALUE and YIELD_VALUE (the value), and with None when an exception leaves
//   the frame; 'exception' (type, value, traceback) in the frame that raised and in every frame
//   the exception passes into (not for a bare re-raise);
// - a local trace function's result, when not None, replaces f_trace; no event while a trace or
//   profile function runs (the thread's tracing depth); a trace function that raises turns
//   tracing off for the thread (settrace(None)) and its exception goes on from the instruction.
// run() calls traceStep before each instruction while `tracing` (the CLI's --trace, or any
// thread with a trace or profile function: G_TRACING counts them, and every worker reads it at
// run()'s entry and at safe points); unwind calls traceException and traceUnwindExit.
// State, all in the heap: the thread's trace list, kept in its TS_LOCALS dict under a private key:
//   [trace function or None, profile function or None, tracing depth (int),
//    then per traced frame: frame, f_trace or None, info (int: last pc + 1 << 2 | lines << 1 |
//    opcodes), its f_locals dict or None]
// A traced frame's f_locals is one dict, refreshed from the fast locals at each read and written
// back after each trace call (CPython's PyFrame_FastToLocals/LocalsToFast around the call): bdb
// keeps `__return__` in it, pdb's `!x = 1` assigns through it.
// A frame handed to Python is marked escaped (never reused), so an entry never names a later
// frame at the same address; entries go when their frame returns or unwinds, and settrace(None)
// drops those of frames no longer on the thread's chain.
// Jumps: frame.f_lineno assigned from a 'line' event (interp/py_jump.ts). Builtin calls: the
// profile function's 'c_call', then 'c_return' or 'c_exception', around a CALL or CALL_FUNCTION_EX
// of a builtin function or method (run()'s profiledCall while tracing). vm/NOTES.md "h23-frames".
import { mem, txActive } from '../../stmgc/heap';
import { G_TRACING } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { becomeInevitable, isInevitable } from '../../stmgc/txn';
import { K, T, typeOf } from '../runtime/types';
import { newException, PyException, valueError } from '../runtime/errors';
import { OPCODES } from '../opcodes';
import { codeInfo, longestCode, rawWords, setTraceWords, type CodeInfo } from '../objects/code';
import { pin } from '../runtime/pinned';
import { dictDel, dictGetStr, dictSet, newDict } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
import { listAppend, listDeleteRange, listItem, listLen, listSetItem, newList } from '../objects/list_core';
import { ts, TS_LOCALS, TS_FRAME } from './thread';
import { FR_BACK, FR_CODE, FR_LASTI, FR_LOCALS, FR_LOCALSPLUS, FR_PC, FR_SP } from './frame_layout';
import { markFrameEscaped } from './frame_recycle';
import { callObject } from './call';
import { frameLocals } from '../builtins/builtins_module';
import { traceInstruction, traceOn } from './trace';
import { frameLasti } from '../objects/frame_object';
import { BF_KIND, BF_SELF, bindBuiltin, isSlotWrapper, KIND_METHOD } from '../objects/builtin_function';
import { L_BUILTIN, L_GENERATOR } from '../runtime/layouts';
import { applyJump, planJump, type Jump } from './py_jump';

const STATE_KEY = '__pystm_trace__';
const S_TRACE = 0;
const S_PROFILE = 1;
const S_DEPTH = 2;
const S_FRAMES = 3;
/** Words per frame entry: frame, f_trace, info, its f_locals dict (or None). */
const ENTRY = 4;
const RESUME = OPCODES.RESUME.code;
const RETURN_VALUE = OPCODES.RETURN_VALUE.code;
const YIELD_VALUE = OPCODES.YIELD_VALUE.code;
const SEND = OPCODES.SEND.code;
const JUMP_BACKWARD = OPCODES.JUMP_BACKWARD.code;
const FOR_ITER = OPCODES.FOR_ITER.code;
const RERAISE = OPCODES.RERAISE.code;
const INFO_LINES = 2;
const INFO_OPCODES = 1;
/** The word of every instruction in the trace words (objects/code.ts setTraceWords): an opcode
 *  no instruction has, which run() sends to its rare path (`default`), where it turns its
 *  tracing on and goes on with the plain words. */
export const TRACE_WORD = 250;

/** Whether run() should test each instruction (the CLI's --trace, or a trace or profile function
 *  somewhere), as this worker last saw it; run() reads it at entry and at safe points. While it
 *  is true every CodeInfo's qbase is the trace words: a frame an untraced loop enters or returns
 *  to (a pdb.set_trace returning to the frame it set f_trace on) turns that loop's tracing on at
 *  its first instruction (run()'s TRACE_WORD). */
let traceWanted = false;

export function tracingWanted(): boolean {
  const now = traceOn || Atomics.load(mem, G_TRACING) !== 0;
  if (now !== traceWanted) {
    traceWanted = now;
    if (now) makeTraceWords(Math.max(longestCode(), 256));
    else setTraceWords(0, 0, makeTraceWords);
  }
  return now;
}

/** A heap array of `len` TRACE_WORD words (old, pinned: code infos point into it) installed as
 *  every CodeInfo's qbase (objects/code.ts setTraceWords); returns its base. */
function makeTraceWords(len: number): number {
  const n = len * 2;
  const words = pin(rawWords(new Int32Array(n).fill(TRACE_WORD)));
  setTraceWords(words + 2, n, makeTraceWords);
  return words + 2;
}

/** The current thread's trace list, or 0 when it never set a trace or profile function. */
function stateOf(): number {
  const d = mem[ts + TS_LOCALS];
  return d === 0 ? 0 : dictGetStr(d, intern(STATE_KEY));
}

function stateForWrite(): number {
  const s = stateOf();
  if (s !== 0) return s;
  let d = mem[ts + TS_LOCALS];
  if (d === 0) {
    d = newDict();
    writeBarrier(ts);
    mem[ts + TS_LOCALS] = d;
  }
  const l = newList([K.None, K.None, 1]);
  dictSet(d, intern(STATE_KEY), l);
  return l;
}

const tracingOf = (s: number): boolean => listItem(s, S_TRACE) !== K.None || listItem(s, S_PROFILE) !== K.None;

/** Sets slot S_TRACE or S_PROFILE of this thread (None: off), keeping G_TRACING's count. */
function setHook(slot: number, fn: number): void {
  // G_TRACING is not transactional: the transaction must not be redone after it moved
  if (txActive && !isInevitable()) becomeInevitable();
  const s = fn === K.None ? stateOf() : stateForWrite();
  if (s === 0) return;
  const before = tracingOf(s);
  listSetItem(s, slot, fn);
  const after = tracingOf(s);
  if (before !== after) Atomics.add(mem, G_TRACING, after ? 1 : -1);
  tracingWanted();
  if (!after) dropDeadEntries(s);
  else if (!before) resyncEntries(s);
}

/** Tracing starts for this thread: the running frames' entries take the instruction each frame
 *  is at (the calls they wait in), as CPython's frames always know theirs; their next line
 *  event then comes when the line changes from there. */
function resyncEntries(s: number): void {
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) {
    const i = entryOf(s, f);
    if (i >= 0) setLastPc(s, i, (mem[f + FR_PC] >> 1) - 1);
  }
}

export function setTrace(fn: number): void { setHook(S_TRACE, fn); }
export function setProfile(fn: number): void { setHook(S_PROFILE, fn); }
export function getTrace(): number { const s = stateOf(); return s === 0 ? K.None : listItem(s, S_TRACE); }
export function getProfile(): number { const s = stateOf(); return s === 0 ? K.None : listItem(s, S_PROFILE); }

/** Tracing is off for this thread: forgets the entries of frames that are no longer running. */
function dropDeadEntries(s: number): void {
  const live = new Set<number>();
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) live.add(f);
  for (let i = listLen(s) - ENTRY; i >= S_FRAMES; i -= ENTRY) {
    if (!live.has(listItem(s, i))) listDeleteRange(s, i, ENTRY);
  }
}

/** Index of frame f's entry in s, or -1. */
function entryOf(s: number, f: number): number {
  for (let i = listLen(s) - ENTRY; i >= S_FRAMES; i -= ENTRY) if (listItem(s, i) === f) return i;
  return -1;
}

/** Records pc as the last instruction entry i's frame ran (its info word keeps the flags). */
function setLastPc(s: number, i: number, pc: number): void {
  listSetItem(s, i + 2, ((((pc + 1) << 2) | ((listItem(s, i + 2) >> 1) & 3)) << 1) | 1);
}

function newEntry(s: number, f: number, lastPc: number): number {
  const i = listLen(s);
  listAppend(s, f);
  listAppend(s, K.None);
  listAppend(s, ((((lastPc + 1) << 2) | INFO_LINES) << 1) | 1);
  listAppend(s, K.None);
  return i;
}

// ── frame attributes ──

export function frameTrace(f: number): number {
  const s = stateOf();
  const i = s === 0 ? -1 : entryOf(s, f);
  return i < 0 ? K.None : listItem(s, i + 1);
}

export function setFrameTrace(f: number, fn: number): void {
  markFrameEscaped(f);
  const s = stateForWrite();
  let i = entryOf(s, f);
  if (i < 0) i = newEntry(s, f, frameLasti(f));
  listSetItem(s, i + 1, fn);
}

export function frameTraceFlag(f: number, lines: boolean): boolean {
  const s = stateOf();
  const i = s === 0 ? -1 : entryOf(s, f);
  const info = i < 0 ? (INFO_LINES << 1) | 1 : listItem(s, i + 2);
  return ((info >> 1) & (lines ? INFO_LINES : INFO_OPCODES)) !== 0;
}

export function setFrameTraceFlag(f: number, lines: boolean, on: boolean): void {
  markFrameEscaped(f);
  const s = stateForWrite();
  let i = entryOf(s, f);
  if (i < 0) i = newEntry(s, f, frameLasti(f));
  const bit = lines ? INFO_LINES : INFO_OPCODES;
  const info = listItem(s, i + 2) >> 1;
  listSetItem(s, i + 2, (((on ? info | bit : info & ~bit)) << 1) | 1);
}

/** frame.f_locals of an optimized frame: the traced frame's one dict (kept in its entry),
 *  refreshed; 0 when the frame has no entry (the caller makes a fresh dict). */
export function tracedFrameLocals(f: number): number {
  const s = stateOf();
  const i = s === 0 ? -1 : entryOf(s, f);
  if (i < 0) return 0;
  const d = frameLocals(f);
  const old = listItem(s, i + 3);
  if (old === K.None) {
    listSetItem(s, i + 3, d);
    return d;
  }
  // (the fast locals' values over the old dict: its other keys, __return__, stay)
  const ci = codeInfo(mem[f + FR_CODE]);
  for (const name of [...ci.varnames, ...tupleItems(mem[ci.ref + 5]), ...tupleItems(mem[ci.ref + 6])]) {
    const v = dictGetStr(d, name);
    if (v === 0) dictDel(old, name);
    else dictSet(old, name, v);
  }
  return old;
}

/** Writes a traced frame's f_locals dict back into its fast locals (the plain locals; cells and
 *  free variables stay as they are). */
function localsToFast(f: number, d: number): void {
  const ci = codeInfo(mem[f + FR_CODE]);
  if (mem[f + FR_LOCALS] !== 0) return; // (a namespace frame: its locals are the dict already)
  writeBarrier(f);
  for (let k = 0; k < ci.nlocals; k++) {
    const v = dictGetStr(d, ci.varnames[k]);
    mem[f + FR_LOCALSPLUS + k] = v;
  }
}

// ── calling the functions ──

let whatStrs: number[] | null = null;
function what(k: number): number {
  if (whatStrs === null) whatStrs = ['call', 'line', 'return', 'exception', 'opcode', 'c_call', 'c_return', 'c_exception'].map((w) => intern(w));
  return whatStrs[k];
}
const W_CALL = 0, W_LINE = 1, W_RETURN = 2, W_EXCEPTION = 3, W_OPCODE = 4, W_C_CALL = 5, W_C_RETURN = 6, W_C_EXCEPTION = 7;

/** Calls fn(frame, what, arg) with events off for the thread; a trace function that raises
 *  turns tracing off (settrace(None), the frame's f_trace cleared), a profile function that
 *  raises turns profiling off; the exception goes on. */
function callHook(s: number, fn: number, f: number, w: number, arg: number, profile: boolean): number {
  markFrameEscaped(f);
  listSetItem(s, S_DEPTH, listItem(s, S_DEPTH) + 2);
  const savedWhat = eventWhat;
  const savedFrame = eventFrame;
  eventWhat = w;
  eventFrame = f;
  try {
    const k = entryOf(s, f);
    if (k >= 0 && listItem(s, k + 3) !== K.None) tracedFrameLocals(f); // (FastToLocals)
    const r = callObject(fn, [f, what(w), arg], 0);
    const i = entryOf(s, f);
    if (i >= 0 && listItem(s, i + 3) !== K.None) localsToFast(f, listItem(s, i + 3));
    return r;
  } catch (e) {
    if (e instanceof PyException) {
      if (profile) setProfile(K.None);
      else {
        const i = entryOf(s, f);
        if (i >= 0) listSetItem(s, i + 1, K.None);
        setTrace(K.None);
      }
    }
    throw e;
  } finally {
    listSetItem(s, S_DEPTH, listItem(s, S_DEPTH) - 2);
    eventWhat = savedWhat;
    eventFrame = savedFrame;
  }
}

// The event the thread's trace or profile function is handling (CPython's tstate->tracing_what)
// and its frame: frame.f_lineno may be assigned only from a 'line' event (interp/py_jump.ts).
// (This JS thread's: a trace call runs nested, no other guest thread runs here until it returns.)
let eventWhat = -1;
let eventFrame = 0;
/** The pc a jump from the current 'line' event goes on at (-1: none). */
let jumpedTo = -1;

/** Jumps asked for from the 'return' event of a yield, by generator frame: applied when the
 *  frame resumes at `resume` (its RESUME's 'call' event), the sent value popped with the rest.
 *  (This JS thread's: a generator resumed on another worker, or with tracing off, goes on after
 *  its yield; `code` and `resume` guard against a later frame at a collected frame's address.) */
const yieldJumps = new Map<number, { code: number; resume: number; jump: Jump }>();

/** frame.f_lineno = v (a jump), with CPython 3.11's checks and messages. */
export function setFrameLineno(f: number, v: number): void {
  if (typeOf(v) !== T.int) valueError('lineno must be an integer');
  if (eventWhat === W_CALL) valueError("can't jump from the 'call' trace event of a new frame");
  // (CPython allows the 'return' event of a frame being suspended: a yield; the value is still
  // yielded, and the generator goes on at the target when it resumes)
  const lasti = frameLasti(f);
  const suspending = eventWhat === W_RETURN && eventFrame === f && (codeInfo(mem[f + FR_CODE]).words[lasti] & 0xff) === YIELD_VALUE;
  if ((eventWhat !== W_LINE && !suspending) || eventFrame !== f) valueError("can only jump from a 'line' trace event");
  if (frameTrace(f) === K.None) valueError('f_lineno can only be set by a trace function');
  if (suspending) {
    const jump = planJump(f, lasti, v);
    yieldJumps.set(f, { code: mem[f + FR_CODE], resume: lasti + 1, jump });
    // (f_lineno shows the target while the trace function runs; YIELD_VALUE saves its own pc)
    mem[f + FR_PC] = ((jump.target + 1) << 1) | 1;
    return;
  }
  const target = applyJump(f, planJump(f, lasti, v));
  mem[f + FR_PC] = ((target + 1) << 1) | 1;
  jumpedTo = target;
}

/** A local trace event of frame f (entry i): calls its f_trace, which a non-None result replaces. */
function localEvent(s: number, i: number, f: number, w: number, arg: number): void {
  const fn = listItem(s, i + 1);
  if (fn === K.None) return;
  const r = callHook(s, fn, f, w, arg, false);
  if (r !== K.None) {
    const j = entryOf(s, f); // (the hook may have changed the list)
    if (j >= 0) listSetItem(s, j + 1, r);
  }
}

/** The line of the nearest instruction before pc that has one of its own (-1: none). */
function lineBefore(ci: CodeInfo, pc: number): number {
  for (let k = pc - 1; k >= 0; k--) if (ci.linetable[k * 4] >= 0) return ci.linetable[k * 4];
  return -1;
}

function firstTraceable(ci: CodeInfo): number {
  const words = ci.words;
  for (let i = 0; i < words.length; i++) if ((words[i] & 0xff) === RESUME) return i;
  return 0;
}

/**
 * run()'s hook before instruction pc of frame f (stack top sp): --trace's line, then the
 * thread's trace and profile events. The frame's pc, lasti and sp are saved first (the
 * functions see f_lineno and f_locals; a collection scans the stack). Returns the pc the frame
 * goes on at when its trace function jumped (assigned frame.f_lineno; its sp is in the frame),
 * else -1. A caller that cannot go on elsewhere passes canJump false (a jump pending from a
 * yield is then dropped).
 */
export function traceStep(ci: CodeInfo, f: number, pc: number, sp: number, canJump = true): number {
  if (traceOn) traceInstruction(ci, pc);
  if (Atomics.load(mem, G_TRACING) === 0) return -1;
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1) return -1;
  const trace = listItem(s, S_TRACE);
  const profile = listItem(s, S_PROFILE);
  if (trace === K.None && profile === K.None) return -1;
  if (pc < firstTraceable(ci)) return -1;
  const m = mem;
  m[f + FR_PC] = ((pc + 1) << 1) | 1;
  m[f + FR_LASTI] = (pc << 1) | 1;
  m[f + FR_SP] = ((sp - f) << 1) | 1;
  let op = ci.words[pc] & 0xff;
  let jump = -1;
  if (op === RESUME) {
    let i = entryOf(s, f);
    if (trace !== K.None) {
      const r = callHook(s, trace, f, W_CALL, K.None, false);
      if (r !== K.None) {
        i = entryOf(s, f);
        if (i < 0) i = newEntry(s, f, pc);
        listSetItem(s, i + 1, r);
      }
    }
    if (profile !== K.None) callHook(s, profile, f, W_CALL, K.None, true);
    i = entryOf(s, f);
    if (i >= 0) setLastPc(s, i, pc);
    if (yieldJumps.size === 0) return -1;
    return resumeJump(f, pc, i, s, canJump);
  }
  let i = entryOf(s, f);
  if (i >= 0 && trace !== K.None) {
    const info = listItem(s, i + 2) >> 1;
    const last = (info >> 2) - 1;
    setLastPc(s, i, pc);
    if (op === SEND) noteSend(f, pc, m[sp - 2], m[sp - 1]);
    else if (last >= 0 && (ci.words[last] & 0xff) === SEND && pc === ci.words[last] >>> 8) sendReturned(s, f, last, m[sp - 1]);
    const line = ci.lineOf(pc);
    if (line !== -1 && (info & INFO_LINES) !== 0) {
      const lastLine = last <= firstTraceable(ci) ? -1 : ci.lineOf(last);
      // (a while loop's back edge has the while's line, as CPython's test at the bottom: the
      // event came there, not again at the test it jumps to; only when the jump started its
      // line: in a one-line loop, `while x: x -= 1`, CPython's bottom test jumps back within
      // the line, which is a 'line' event as every backward jump)
      const whileEdge = last > 0 && op !== FOR_ITER && (ci.words[last] & 0xff) === JUMP_BACKWARD && ci.linetable[last * 4] >= 0 && lastLine === line && lineBefore(ci, last) !== line;
      if (line !== lastLine || (pc < last && op !== SEND && !whileEdge)) {
        jumpedTo = -1;
        localEvent(s, i, f, W_LINE, K.None);
        if (jumpedTo >= 0) {
          // a jump: the frame goes on at its target, without a 'line' event for it (CPython
          // re-dispatches to the instruction)
          jump = jumpedTo;
          jumpedTo = -1;
          i = entryOf(s, f);
          if (i >= 0) setLastPc(s, i, jump);
        }
      }
    }
    if ((info & INFO_OPCODES) !== 0) {
      i = entryOf(s, f);
      if (i >= 0) localEvent(s, i, f, W_OPCODE, K.None);
    }
  }
  if (jump >= 0) {
    op = ci.words[jump] & 0xff;
    sp = f + (m[f + FR_SP] >> 1);
  }
  if (op === RETURN_VALUE || op === YIELD_VALUE) {
    const v = m[sp - 1];
    i = entryOf(s, f);
    if (i >= 0 && trace !== K.None) localEvent(s, i, f, W_RETURN, v);
    if (profile !== K.None) callHook(s, profile, f, W_RETURN, v, true);
    if (op === RETURN_VALUE) {
      i = entryOf(s, f);
      if (i >= 0) listDeleteRange(s, i, ENTRY);
    }
  }
  return jump;
}

/** How a traced SEND's receiver ends: CPython 3.11's SEND under tracing calls tp_iternext when
 *  the value sent is None and the receiver is an iterator (a generator's raises StopIteration
 *  only for a return value other than None; an async generator's asend, or a Python iterator,
 *  always raises it), the receiver's send() otherwise (a coroutine's: always), and gives the
 *  frame an 'exception' event for that StopIteration before it goes on at the SEND's target.
 *  Recorded by frame at the SEND, read when the frame goes on at the target. */
const SEND_STOPS = 1, SEND_STOPS_UNLESS_NONE = 2;
const sends = new Map<number, { code: number; pc: number; kind: number }>();

function noteSend(f: number, pc: number, recv: number, v: number): void {
  const l = (recv & 1) === 0 ? mem[recv] & 0x7ff : 0;
  const kind = v === K.None && l === L_GENERATOR ? SEND_STOPS_UNLESS_NONE : SEND_STOPS;
  sends.set(f, { code: mem[f + FR_CODE], pc, kind });
}

/** Frame f (entry of state s) goes on at the target of its SEND at `at`, the receiver's return
 *  value v on its stack: the 'exception' event of the StopIteration that ended the receiver. */
function sendReturned(s: number, f: number, at: number, v: number): void {
  const sent = sends.get(f);
  sends.delete(f);
  if (sent === undefined || sent.code !== mem[f + FR_CODE] || sent.pc !== at) return;
  if (sent.kind === SEND_STOPS_UNLESS_NONE && v === K.None) return;
  const exc = newException(T.StopIteration, v === K.None ? K.emptyTuple : newTuple([v]));
  const i = entryOf(s, f);
  if (i >= 0) localEvent(s, i, f, W_EXCEPTION, newTuple([T.StopIteration, exc, K.None]));
}

/** A generator frame f resuming at pc (its RESUME; entry i of state s): the target of a jump
 *  asked for at its yield's 'return' event (the stack popped to the target's, the value sent
 *  first), else -1. */
function resumeJump(f: number, pc: number, i: number, s: number, canJump: boolean): number {
  const pend = yieldJumps.get(f);
  if (pend === undefined) return -1;
  yieldJumps.delete(f);
  if (!canJump || pend.code !== mem[f + FR_CODE] || pend.resume !== pc) return -1;
  const target = applyJump(f, pend.jump);
  mem[f + FR_PC] = ((target + 1) << 1) | 1;
  if (i >= 0) setLastPc(s, i, target);
  return target;
}

/** Whether events may be due (unwind's cheap test before the calls below). */
export function pyTracing(): boolean { return Atomics.load(mem, G_TRACING) !== 0; }

/**
 * Exception exc is being raised in frame f (its pc saved): the 'exception' event, unless the
 * instruction is a re-raise. Returns the exception to go on with (the trace function's own, if
 * it raised one).
 */
export function traceException(f: number, exc: number): number {
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1 || listItem(s, S_TRACE) === K.None) return exc;
  const ci = codeInfo(mem[f + FR_CODE]);
  const lasti = (mem[f + FR_PC] >> 1) - 1;
  if (lasti >= 0 && (ci.words[lasti] & 0xff) === RERAISE) return exc;
  const i = entryOf(s, f);
  if (i < 0) return exc;
  const tb = mem[exc + 5]; // (E_TRACEBACK)
  try {
    localEvent(s, i, f, W_EXCEPTION, newTuple([typeOf(exc), exc, tb === 0 ? K.None : tb]));
  } catch (e) {
    if (e instanceof PyException) return e.exc;
    throw e;
  }
  return exc;
}

/** gen.throw() (and close()) raising exc in suspended frame f: the 'call' event of the frame's
 *  resumption first, then 'exception' (CPython's TRACE_FUNCTION_THROW_ENTRY). */
export function traceThrow(f: number, exc: number): number {
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1) return exc;
  const trace = listItem(s, S_TRACE);
  const profile = listItem(s, S_PROFILE);
  try {
    if (trace !== K.None) {
      const r = callHook(s, trace, f, W_CALL, K.None, false);
      if (r !== K.None) {
        let i = entryOf(s, f);
        if (i < 0) i = newEntry(s, f, (mem[f + FR_PC] >> 1) - 1);
        listSetItem(s, i + 1, r);
      }
    }
    if (profile !== K.None) callHook(s, profile, f, W_CALL, K.None, true);
  } catch (e) {
    if (e instanceof PyException) return e.exc;
    throw e;
  }
  return traceException(f, exc);
}

/** An exception leaves frame f: the 'return' event with None (whatever the functions raise is
 *  dropped, as CPython's unwinding does), and the frame's entry goes. */
export function traceUnwindExit(f: number): void {
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1) return;
  // (the frame is at the instruction that raised, as RERAISE n restored it: f_lineno is its line,
  // not the line-less cleanup's, as CPython's prev_instr after RERAISE)
  const lasti = mem[f + FR_LASTI];
  if ((lasti & 1) === 1 && lasti >= 1) mem[f + FR_PC] = lasti + 2;
  const trace = listItem(s, S_TRACE);
  const profile = listItem(s, S_PROFILE);
  try {
    const i = entryOf(s, f);
    if (i >= 0 && trace !== K.None) localEvent(s, i, f, W_RETURN, K.None);
    if (profile !== K.None) callHook(s, profile, f, W_RETURN, K.None, true);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
  const i = entryOf(s, f);
  if (i >= 0) listDeleteRange(s, i, ENTRY);
}

// ── builtin calls seen by the profile function ──

/**
 * A CALL (or CALL_FUNCTION_EX) under tracing of `callable` with `self` its first argument (0:
 * none): the object CPython's profile events name when the thread has a profile function and
 * the callable is a builtin function or method (a method descriptor called with its self, as
 * LOAD_METHOD's `obj.m()`, is named by the method bound to it); 0 when no event is due. Types and
 * slot wrappers are not reported (CPython's trace_call_function: PyCFunction and method
 * descriptors only).
 */
export function profiledBuiltin(callable: number, self: number): number {
  if ((callable & 1) === 1 || (mem[callable] & 0x7ff) !== L_BUILTIN || isSlotWrapper(callable)) return 0;
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1 || listItem(s, S_PROFILE) === K.None) return 0;
  if (mem[callable + BF_SELF] !== 0 || mem[callable + BF_KIND] !== ((KIND_METHOD << 1) | 1)) return callable;
  return self === 0 ? 0 : bindBuiltin(callable, self);
}

/** call() (a call of builtin fn from the current frame) between the profile function's
 *  'c_call' and its 'c_return' or 'c_exception' events; none once the profile function is gone
 *  (set to None by the call). A profile function that raises is turned off and its exception
 *  goes on (replacing the call's). */
export function profiledBuiltinCall(fn: number, call: () => number): number {
  builtinEvent(fn, W_C_CALL);
  let r = 0;
  try {
    r = call();
  } catch (e) {
    if (e instanceof PyException) builtinEvent(fn, W_C_EXCEPTION);
    throw e;
  }
  builtinEvent(fn, W_C_RETURN);
  return r;
}

function builtinEvent(fn: number, w: number): void {
  const s = stateOf();
  if (s === 0 || listItem(s, S_DEPTH) !== 1) return;
  const profile = listItem(s, S_PROFILE);
  if (profile !== K.None) callHook(s, profile, mem[ts + TS_FRAME], w, fn, true);
}
