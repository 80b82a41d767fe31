// The interpreter: one dispatch loop over heap frames. Python-to-Python calls (functions, bound
// methods, `Class(...)` with a Python __init__, generator resumption by for/yield from/await)
// push a frame and continue in the same loop, so guest recursion never grows the JS stack. A
// builtin that calls back into Python (callObject from JS) runs a nested loop over an entry
// frame (FF_ENTRY) that returns to it. Case labels are literal opcode numbers (V8 builds a jump
// table only for literal cases); spec/unit/vm_loop.test.ts checks each against vm/opcodes.ts.
//
// Registers (JS locals): f (frame), ci (its CodeInfo), wb (heap index of its first instruction
// word), pc (heap index of the next instruction word: run() fetches `m[pc]` from the heap,
// vm/NOTES.md "h21-fetch", "h22-dispatch"), sp (absolute word index of the next free stack
// slot), lp (first local). Everything outside run() knows pc relative to the code's first word
// (the frame's FR_PC, tracebacks, the caches by pc, rareOp): `pc - wb`; a jump goes to `wb + arg`.
// They are written back to the frame (FR_PC, FR_SP) whenever control leaves it: a call, a return,
// a yield, an exception, a safe point.
// Safe points (where a collection may run) are RESUME and JUMP_BACKWARD in the outermost loop
// only; afterwards every reference held in a JS local is reloaded from the heap. A driver loop
// (`run(0, true)`, interp/sched.ts) runs guest threads: it resumes the thread in `ts` at its
// saved frame, may switch threads at those safe points once the tick budget is spent, parks a
// thread whose builtin threw PARK, and ends a thread whose base frame (FF_ENTRY) returns.
import { mem, safePointRequested } from '../../stmgc/heap';
import { PARK, driverReenters, parked, safePoint, switchTicks, threadFinished } from './sched';
import { nestedCollect } from './nested_gc';
import { signalSlice } from '../runtime/signals';
import { readBarrier, readBarrierCard, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
// run() is past V8's inlining budget: its read barriers are written out (the test of
// stmgc/barriers.ts readBarrier, which is then called only when the fast path fails; the
// single-threaded build folds STM_BUILD and deletes them; `x + 1` is the STM word, HDR_STM).
// See vm/NOTES.md "Barriers in the VM".
import { cardBase, cardMarks, cardReadMarks, oldBase, pageTableBase, readMarks, txActive, txLock, txSnapshot } from '../../stmgc/heap';
import { CARD_SHIFT, GC_WB, PAGE_SHIFT, SIZE_MASK, SIZE_SHIFT } from '../../stmgc/layout';
import { STM_BUILD } from '../../stmgc/build_mode';
import { payloadWords } from '../../stmgc/objects';
import { TxAborted } from '../../stmgc/txn_aborted';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR, CO_GENERATOR } from '../../compiler/code';
import {
  FF_BINOP, FF_CLOSE_REG, FF_ESCAPED, FF_TPCALL, FF_DONE, FF_ENTRY, FF_GEN, FF_INIT, FF_OWN_EXC, FF_RUNNING, FR_AUX, FR_BACK, FR_CODE, FR_FLAGS, FR_FUNC, FR_GLOBALS,
  FR_BUILTINS, FR_LASTI, FR_LOCALS, FR_LOCALSPLUS, FR_PC, FR_SP, FR_CALLER_EXC, FR_GEN_EXC,
} from './frame_layout';
import { codeInfo, type CodeInfo } from '../objects/code';
import { bindArguments, bindArgumentsSoft, bindWithDefaults, isSimpleCall, newFrame, savePc } from './frame';
import {
  depth, handledException, recursionLimit, setCurrentFrame, setDepth, setHandledException, ts,
} from './thread';
import { K, T, typeOf } from '../runtime/types';
import { L_SET, L_FROZENSET } from '../runtime/layouts';
import { hashOf } from '../runtime/protocol';
import { L_BOOL, L_BUILTIN, L_DICT, L_FLOAT, L_FUNCTION, L_GENERATOR, L_COROUTINE, L_INSTANCE, L_INT, L_LIST, L_METHOD, L_STR, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { PyException, raise, typeError, excWithMessage, newException, preallocatedMemoryError } from '../runtime/errors';
import {
  binaryOp, contains, getattr, getattrSoft, getitem, inplaceOp, iter, names as N, next as pyNext, richCompareSoft, setattr, delattr,
  setitem, delitem, truthy, unaryOp, isInstance, tname, repr, str as pyStr, genericGetattr, genericSetattrSoft, callFound,
} from '../runtime/protocol';
import { strHash, strJs, newStr, strEquals, strCompare, strLen } from '../objects/str_core';
import { D_ENTRIES, dictDelH, dictGetH, dictGetStr, dictItems, dictSet, dictSetH, newDict, padGlobals } from '../objects/dict_core';
import { newTuple, newTupleN, tupleItem, tupleLen, TU_ITEMS } from '../objects/tuple_core';
import { CELL_CONTENTS, newCell } from '../objects/cell';
import { FN_CLOSURE, FN_CODE, FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS, newFunction, newFunctionWith } from '../objects/function';
import { docFor, moduleNameFor } from './make_function';
import { consumeFrame, consumeItem } from './gen_consume';
import { M_FUNC, M_SELF } from '../objects/method';
import { callBuiltinSoft, callBuiltinMethodSoft, float1Of } from '../objects/builtin_function';
import { currentTypeEpoch, typeInfo } from '../objects/type_core';
import { anyGcEpoch } from '../runtime/alloc';
import { newFloat, floatValue } from '../objects/float_core';
import { intBinaryNumber, intBinarySmall } from '../objects/int';
import { cachedGlobal, cachedStoreName, GC_WORDS, mappingGetOpt } from './global_cache';
import { checkCallerInfos } from './caller_info';
import { escapeToCaller, keepSpareFrame } from './frame_recycle';
import { bindKeywords } from './kw_bind';
import { tryInlineInit } from './inline_init';
import { cachedInstanceAttr, cachedMethod, cachedStoreAttr, MC_WORDS } from './attr_cache';
import { iterFast } from './iter_fast';
import { sliceStepped, sliceStore } from './slice_ops';
import { forNext, pairPushed } from './for_pairs';
import { binopFrame, binopReturn } from './binop_frame';
import { floatBinary, negative } from './float_binop';
import { traceStep, tracingWanted, traceException, traceThrow, traceUnwindExit, pyTracing, profiledBuiltin, profiledBuiltinCall } from './py_trace';
import { op } from '../opcodes';
import { intFromNumber, smallOrMedium } from '../objects/int_core';
import { decimalStr } from '../objects/str_int';
import { IT_POS, IT_SOURCE } from '../objects/iterators';
import { RG_LEN, RG_START, RG_STEP, newRangeSmall } from '../objects/range';
import { L_ITER } from '../runtime/layouts';
import { L_LIST as _LL } from '../runtime/layouts';
import { listAppend, listExtend, listItems, listLen, newList, LI_ITEMS, LI_LEN, listToTuple, listSliceCopy } from '../objects/list_core';
import { copyWords } from '../runtime/heap_copy';
import { newSlice } from '../objects/slice';
import { setAdd, newSet, setUpdateFrom } from '../objects/set';
import { setAddKey, setHasKey } from '../objects/set_fast';
import { setContains, setLen } from '../objects/set_core';
import { dictUpdateFrom, dictMergeFrom, dictGetitem } from '../objects/dict';
import { callObject } from './call';
import { starArgItems } from './star_args';
import { buildString, formatValue, strConcat } from '../objects/str';
import { buildClass } from '../objects/type';
import { importName, importFrom, importStar } from '../runtime/importer';
import { addTraceback, exceptionMatches, setContextFor, normalizeRaise, raiseNameError } from '../objects/exceptions';
import { newGenerator, GEN_FRAME, releaseFinishedFrame } from '../objects/generator';
import { registerGenClose } from '../objects/gen_finalizer';
import { tupleConcat } from '../objects/seq_concat';
import { matchClass, matchKeys, isMappingForMatch, isSequenceForMatch } from './match';
import { getAwaitableOp, getAIter, getANext, asyncGenWrap, endAsyncFor, checkEgMatch, prepReraiseStar } from './async_ops';
import { displayHook } from '../runtime/display';
import { beforeWith, takeEnterExit, withEnterFrame, withExceptStart } from './with_ops';
import { objectGetattro, objectSetattroSlot } from '../objects/object';
import { jsLimitException } from '../runtime/js_limits';
import { orThrow, softRaise, takeSoftRaised, softConstError } from '../runtime/soft_raise';
import { softTypeMessage } from '../runtime/type_message';
import { binaryGeneric } from './binary_generic';
import { lenSoft } from './len_soft';
import { intOfStrBaseSoft } from '../objects/int';
import { floatOfStrSoft } from '../objects/float';

/** Set by run() when an entry generator frame suspended (true) or finished (false). */
export let entryYielded = false;

/** Thrown inside the dispatch loop by RERAISE and a bare `raise` (caught by the same loop). */
class Reraise {
  constructor(readonly exc: number) {}
}

/** An exception leaving a nested run() past its entry frame: its __context__ was set where it was
 *  raised, so the calling loop must not set it again (CPython's C calls do not). */
class EscapedException extends PyException {}


/** FF_ENTRY as it is or-ed into a frame's tagged flags word. */
const FF_ENTRY_WORD = FF_ENTRY << 1;

const CO_GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE;

/** POP_TOP's opcode (dropsResult). */
const POP_TOP = op('POP_TOP');

/**
 * Runs `entry` (a fresh frame, or a suspended generator frame with the sent value already
 * pushed) until it returns or yields; returns that value. Exceptions escape as PyException.
 */
export function run(entry: number, outermost = false, inject = 0): number {
  const m = mem;
  const kTrue = K.True;
  const kFalse = K.False;
  const kNone = K.None;
  let tracing = tracingWanted();
  const savedFrame = mem[ts + 2];
  const driver = entry === 0; // a driver loop (sched.ts), not a nested run
  // (a boolean, not the parameter: V8 types a defaulted parameter as anything and did a full
  // ToBoolean of it at every dispatch; not an int either: `isOuter !== 0` is a compare, which
  // needs feedback, and runs only at a slice end. Likewise pc, sp, f and ticks take `| 0` where
  // a call or a property gives them a value, so that the loop keeps them as int32, unchecked)
  const isOuter = outermost === true;
  // The same two flags once more for each other test of them inside the loop: ONE use per local.
  // In the on-stack-replacement code of a driver loop every local enters untyped, so each test is
  // a full ToBoolean (~17 instructions); TurboFan merges equal ToBooleans of one value (they are
  // pure) and schedules the merged one where all its uses meet, the dispatch block, i.e. at
  // every instruction. A local tested at one place is tested there only, in its rare branch
  // (vm/NOTES.md "h20-disp"). Computed, not copied (a copy may share the register).
  const isOuterAtResume = outermost === true;
  const isOuterAtPopExcept = outermost === true;
  const driverAtReturn = entry === 0;
  // an entry frame (a generator frame from an earlier transaction: backed up before any write)
  // is marked FF_ENTRY; a driver loop's frame is barriered alike (harmless: the loop writes it).
  // Every operation here runs on both kinds of call, so that the first nested run() after V8
  // optimized the outermost one does not deoptimize it (vm/NOTES.md "Every site has feedback")
  let f = (driver ? savedFrame : entry) | 0;
  writeBarrier(f);
  mem[f + FR_FLAGS] |= driver ? 0 : FF_ENTRY_WORD;
  const backSlot = f + FR_BACK;
  const back0 = mem[backSlot];
  const noBack = back0 === 0;
  mem[backSlot] = noBack && !driver ? savedFrame : back0;
  // the first driver loop of this JS thread takes its first safe point early (after run() has
  // a feedback vector, before V8 optimizes it): see primeSlowPaths
  let ticks = outermost && !safePointSeen ? 255 : switchTicks | 0;
  let spc = 0; // where a safe point goes on
  let threadResult = 0; // a driver loop: what the thread's base frame returned (its end), else 0
  let push = 0; // a value the `sw` block pushes on the frame it switches to (0: none)
  let ci: CodeInfo = codeInfo(m[f + FR_CODE]);
  let wb = (tracing ? ci.wbase : ci.qbase) | 0; // heap index of the words' first (quickened unless tracing)
  let consts = ci.consts;
  let names = ci.names;
  let pc = wb + (m[f + FR_PC] >> 1);
  let sp = f + (m[f + FR_SP] >> 1);
  let lp = f + FR_LOCALSPLUS;
  setCurrentFrame(f);
  checkCallerInfos();
  setDepth(depth + (driver ? 0 : 1));
  const tooDeep = depth > recursionLimit;
  if (!driver && tooDeep) {
    setDepth(depth - 1);
    m[ts + 2] = savedFrame;
    recursionError();
  }

  if (inject !== 0) {
    // gen.throw(): the exception is raised at the generator's suspension point, chained only to
    // what the generator itself is handling (CPython's _PyErr_ChainStackItem), not the caller's
    if ((m[f + FR_FLAGS] >> 1) & FF_OWN_EXC) setContextFor(inject);
    addTraceback(inject, f, pc - wb - 1);
    if (tracing) { m[f + FR_PC] = ((pc - wb) << 1) | 1; inject = traceThrow(f, inject) | 0; }
    m[f + FR_LASTI] = ((pc - wb - 1) << 1) | 1;
    m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
    f = unwind(f, inject, entry, savedFrame, outermost) | 0;
    if (f === 0) return 0;
    if (unwindSwitched) { unwindSwitched = false; ticks = switchTicks | 0; checkCallerInfos(); }
    ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1); lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
  }
  // ── the dispatch loop ── ONE loop, on purpose: V8 compiles an on-stack-replacement entry into
  // a loop nested in other loops by peeling the outer ones (the whole dispatch loop is compiled
  // two or three times: OSR compiles took 3x a normal one). A frame switch sets f (with its pc
  // and sp saved in it) and leaves the `sw` block, which loads the registers of the new frame;
  // exceptions are unwound out of line (unwind) by the catch, which then loads the registers.
  for (;;) {
    // an exception raised by this loop's own instructions (RAISE_VARARGS, RERAISE) reaches the
    // unwinding below by `break raised`, not by a JS throw: V8 makes a message for every throw
    // that no C++ TryCatch expects, and to locate it scans run()'s source positions up to the
    // throw (~15 µs a `raise` caught in the same function; CPython ~0.2 µs; vm/NOTES.md)
    let thrown: unknown = null;
    try {
      raised: {
      let rare = 0; // the word of a rare instruction, run by the safe-point block (see `default`)
      sw: {
        sp0: {
        if (tracing) {
          pc = (pc + 1) | 0;
          const to = traceStep(ci, f, pc - wb - 1, sp) | 0;
          pc = (pc - 1) | 0;
          if (to >= 0) { pc = (wb + to) | 0; sp = f + (m[f + FR_SP] >> 1); } // (a jump: frame.f_lineno set)
        }
        const w = m[pc | 0];
        pc = (pc + 1) | 0;
        let arg = w >>> 8; // (a `let`: a plain LOAD_ATTR/STORE_ATTR points it at its object, below)
        switch (w & 0xff) {
          case 0: // NOP
            break;
          case 1: // RESUME
            // (a nested loop: only for gc.collect() there, interp/nested_gc.ts)
            if ((--ticks < 0 || safePointRequested === true) && (isOuterAtResume || nestedCollect === true)) {
              spc = pc;
              break sp0;
            }
            break;
          case 3: // PUSH_NULL
            m[sp++] = 0;
            break;
          case 4: // COPY
          case 5: { // SWAP (one case with COPY: vm/NOTES.md "Every site has feedback")
            const x = m[sp - arg];
            const copy = (w & 0xff) === 4 ? 1 : 0;
            const top = m[sp - 1];
            m[sp - arg] = copy === 1 ? x : top;
            m[sp - 1 + copy] = x; // COPY: the new top; SWAP: the old top's place
            sp += copy;
            break;
          }
          case 6: // LOAD_CONST
            m[sp++] = consts[arg];
            break;
          case 10: // LOAD_GLOBAL
          case 112: { // Q_PUSH_NULL_LOAD_GLOBAL: PUSH_NULL + LOAD_GLOBAL (its word at pc)
            // (both kinds run the same operations: the NULL is stored always, kept when fused)
            const fused = (w & 0xff) === 112 ? 1 : 0;
            m[sp] = 0;
            sp += fused;
            pc += fused;
            const name = names[fused === 1 ? m[pc - 1] >>> 8 : arg];
            // a globals hit of the cache checked inline (interp/global_cache.ts: `slot`, the
            // entry's key word; in a large entries vector its value is read per card, so a
            // missing card read goes out of line too); the rest out of line
            const g = m[f + FR_GLOBALS];
            const gc = ci.gcache;
            // (the site's index once, for the hit test and the miss call: the miss's own `pc - wb - 1`
            // had no feedback when a program's first misses came before run() had a feedback vector
            // and the next one after its compile, float.py: "Every site has feedback"; see also
            // primeSlowPaths' early collection, which makes those misses come earlier)
            const at = pc - wb - 1;
            const k = at * GC_WORDS;
            let v = 0;
            if (gc !== null && gc[k] === g && !(STM_BUILD && (m[g + 1] > txSnapshot || (txActive && readMarks[g >> 1] === 0)) && m[g + 1] !== txLock)) {
              const slot = gc[k + 7];
              if (slot !== 0 && m[g + D_ENTRIES] === gc[k + 1] && m[slot] === name && !(STM_BUILD && ((m[gc[k + 1]] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && (m[cardBase + ((slot + 1) >>> CARD_SHIFT)] > txSnapshot || (txActive && cardReadMarks[(slot + 1) >>> CARD_SHIFT] === 0)) && m[cardBase + ((slot + 1) >>> CARD_SHIFT)] !== txLock)) v = m[slot + 1];
            }
            if (v === 0) {
              // (`| 0`: a call's result is a tagged JS number to TurboFan; merged with the inline
              // hit's int32 it made `v` tagged, and every push of it (the hit's too) went
              // Smi -> double -> int32 for the Int32Array store. A call whose result is stored
              // into the heap (here, LOAD_ATTR, BUILD_TUPLE/LIST, GET_ITER) takes `| 0`: its
              // result is always an int32 word, so the Smi check never fails; vm/NOTES.md h31-go)
              v = cachedGlobal(ci, at, g, m[f + FR_BUILTINS], name) | 0;
              if (v === 0) raiseNameError(T.NameError, name, `name '${strJs(name)}' is not defined`);
            }
            m[sp++] = v;
            break;
          }
          case 7: { // LOAD_NAME: at module level (locals is globals) LOAD_GLOBAL's cached lookup
            const g = m[f + FR_GLOBALS];
            if (m[f + FR_LOCALS] === g && (m[g] & 0x7ff) === L_DICT && typeOf(g) === T.dict) {
              const v = cachedGlobal(ci, pc - wb - 1, g, m[f + FR_BUILTINS], names[arg]);
              if (v === 0) raiseNameError(T.NameError, names[arg], `name '${strJs(names[arg])}' is not defined`);
              m[sp++] = v;
              break;
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            sp = rareOp(7, arg, f, ci, pc - wb, sp) | 0;
            break;
          }
          case 8: { // STORE_NAME: into a dict, through the cache of the entry stored last time
            const loc = m[f + FR_LOCALS];
            if (loc !== 0 && (m[loc] & 0x7ff) === L_DICT && typeOf(loc) === T.dict) {
              cachedStoreName(ci, pc - wb - 1, loc, names[arg], m[--sp], m[f + FR_GLOBALS]);
              break;
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            sp = rareOp(8, arg, f, ci, pc - wb, sp) | 0;
            break;
          }
          case 13: { // LOAD_FAST
            const v = m[lp + arg];
            if (v === 0) unboundLocal(ci, arg);
            m[sp++] = v;
            break;
          }
          case 2: // POP_TOP
          case 14: { // STORE_FAST (one case: POP_TOP's own `sp--`, first met after V8 had optimized
            // run(), deoptimized it: raytrace's chained compare `-EPS < d < EPS` pops only when
            // its first compare fails). POP_TOP stores the popped word back into its own place
            const v = m[--sp];
            m[(w & 0xff) === 14 ? lp + arg : sp] = v;
            break;
          }
          case 103: { // Q_LOAD_FAST_LOAD_FAST
            const v = m[lp + arg];
            const v2 = m[lp + (m[pc] >>> 8)];
            if (v === 0) unboundLocal(ci, arg);
            m[sp++] = v;
            if (v2 !== 0) {
              m[sp++] = v2;
              pc++;
            }
            break;
          }
          case 104: { // Q_STORE_FAST_LOAD_FAST
            m[lp + arg] = m[--sp];
            const v = m[lp + (m[pc] >>> 8)];
            if (v !== 0) {
              m[sp++] = v;
              pc++;
            }
            break;
          }
          case 23: // LOAD_ATTR
          // @ts-expect-error TS7029: falls through into case 105 on purpose (noFallthroughCasesInSwitch)
          case 24: // STORE_ATTR
            // a plain attribute operation (its object on the stack: `self.input().value`,
            // `self.b.value = ...`) takes the fused case's inline hit test: the object is popped
            // and read below as the local at sp, pc is put back on its own word (the fused case's
            // cache entry and name are that word's); a miss is finished below by the kind
            sp--;
            arg = (sp - lp) | 0;
            pc--;
          case 105: // Q_LOAD_FAST_LOAD_ATTR (the LOAD_ATTR's cache entry is at pc)
          case 108: { // Q_LOAD_FAST_STORE_ATTR (the STORE_ATTR's cache entry is at pc)
            // one case: a load and a store of an instance attribute share the hit test (the value
            // word's address, `a`), so that each kind's first run finds that code fed
            // (stores even: 24 and 108; loads odd: 23 and 105)
            const store = (w & 1) === 0;
            const obj = m[lp + arg];
            if (obj === 0) unboundLocal(ci, arg);
            const name = names[m[pc] >>> 8];
            const at = pc - wb; // (once, for the hit and the miss: the miss calls' own `pc - wb` had no feedback in float.py's first compile)
            // a hit (either entry) on an instance keeping its attributes inline, or of a __slots__ member, is checked here,
            // as in cachedInstanceAttr / cachedStoreAttr (interp/attr_cache.ts: same tests, same barrier
            // condition; the entries of loads and stores have one format); anything else through them
            // (their calls have feedback: a site's first run misses)
            let a = 0;
            const ac = ci.acache;
            if (ac !== null && (obj & 1) === 0 && (m[obj] & 0x7ff) === L_INSTANCE && !(STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock)) {
              const cls = m[obj + 2];
              const k = ac[at * 8] === cls ? at * 8 : at * 8 + 4; // the entry of this class (of two)
              const d = m[obj + 3];
              const i = ac[k + 2];
              const member = ac[k + 3] === 1; // a __slots__ member: its word, no dict check
              // (one address for both kinds: a site V8 has seen, whichever came first)
              if (ac[k] === cls && ac[k + 1] === currentTypeEpoch() && (member || (d !== 0 && (m[d] & 0x7ff) === L_TUPLE && i < m[d + 2] >> 1 && m[d + 3 + i] === name))) a = obj + 4 + (member ? 0 : ac[k + 3] >> 1) + i;
            }
            if (store) {
              // A hit stores inline after the write barrier (storeAttrBarrier, which V8 inlines
              // here with its own feedback: its slow call fed by primeSlowPaths).
              // Before, only an instance this transaction had written already stored inline and an
              // old one went to cachedStoreAttr: float.py's first store into an instance promoted
              // by a collection (a collection between `Point(i)` and its `__init__`'s stores) came
              // after run()'s compile, whose cachedStoreAttr call had no feedback, and threw it
              // away; and every normalize() of an old Point made that call (vm/NOTES.md h32-float).
              // The value is read once for both.
              const sv = m[sp - 1];
              if (a !== 0) {
                storeAttrBarrier(m, obj);
                m[a] = sv;
                sp--;
                pc++;
              } else if (cachedStoreAttr(ci, at, obj, name, sv)) {
                sp--;
                pc++;
              } else if ((w & 0xff) < 100) {
                // a plain STORE_ATTR's miss: the generic store (the value under the object)
                sp--;
                pc++;
                m[f + FR_PC] = ((pc - wb) << 1) | 1; // (a property's f_back.f_lineno: the saved pc)
                if (setattrOrMiss(obj, name, m[sp]) === 0) {
                  thrown = new PyException(takeSoftRaised()); // (no such attribute to store: soft-raised)
                  break raised;
                }
              } else m[sp++] = obj; // (a fused miss: the plain STORE_ATTR at pc finishes it)
              break;
            }
            let v = a !== 0 ? m[a] : 0;
            if (v === 0) v = cachedInstanceAttr(ci, at, obj, name) | 0;
            if (v !== 0) {
              m[sp++] = v;
              pc++;
            } else if ((w & 0xff) < 100) {
              // a plain LOAD_ATTR's miss: the generic load, the object back on the stack
              m[sp++] = obj;
              pc++;
              m[f + FR_PC] = ((pc - wb) << 1) | 1;
              v = getattrSoft(obj, name) | 0;
              if (v === 0) {
                // a missing attribute: its AttributeError without a JS throw (runtime/soft_raise.ts)
                thrown = new PyException(takeSoftRaised());
                break raised;
              }
              m[sp - 1] = v;
            } else m[sp++] = obj; // (a fused miss: the plain LOAD_ATTR at pc finishes it)
            break;
          }
          case 107: { // Q_LOAD_FAST_LOAD_METHOD (the LOAD_METHOD's cache entry is at pc)
            const obj = m[lp + arg];
            if (obj === 0) unboundLocal(ci, arg);
            // a hit (either entry) on an instance whose map is known not to shadow the method
            // (or that has no __dict__) is checked here, as in cachedMethod (same tests, same
            // barrier condition); anything else through it (its call has feedback: a first run misses).
            // The layouts from L_INSTANCE to L_SET (instance, exception, list, dict, set: each
            // keeps [class, __dict__] in its first payload words) hit alike: `l.append`, `s.add`
            // (two int32 compares: `(layout - L_INSTANCE) >>> 0` is above 2^31 for a lower layout,
            // a lock or a module, and its first one deoptimized run(): "lost precision")
            const mc = ci.mcache;
            let cm = 0;
            if (mc !== null && (obj & 1) === 0 && (m[obj] & 0x7ff) >= L_INSTANCE && (m[obj] & 0x7ff) <= L_SET && !(STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock)) {
              const cls = m[obj + 2];
              const k = mc[(pc - wb) * MC_WORDS] === cls ? (pc - wb) * MC_WORDS : (pc - wb) * MC_WORDS + 5; // (of two entries)
              const d = m[obj + 3];
              if (mc[k] === cls && mc[k + 1] === currentTypeEpoch() && mc[k + 3] === (anyGcEpoch() | 0) && (d === 0 || d === mc[k + 4])) cm = mc[k + 2];
            }
            if (cm === 0) cm = cachedMethod(ci, pc - wb, obj, names[m[pc] >>> 8]);
            if (cm !== 0) {
              m[sp++] = cm;
              pc++;
            }
            m[sp++] = obj;
            break;
          }
          case 16: { // LOAD_DEREF
            const cell = m[lp + ci.nlocals + arg];
            if (STM_BUILD && (m[cell + 1] > txSnapshot || (txActive && readMarks[cell >> 1] === 0)) && m[cell + 1] !== txLock) readBarrier(cell);
            const v = m[cell + CELL_CONTENTS];
            if (v === 0) unboundDeref(ci, arg);
            m[sp++] = v;
            break;
          }
          case 17: { // STORE_DEREF
            const cell = m[lp + ci.nlocals + arg];
            writeBarrier(cell);
            m[cell + CELL_CONTENTS] = m[--sp];
            break;
          }
          case 19: // LOAD_CLOSURE
            m[sp++] = m[lp + ci.nlocals + arg];
            break;
          case 26: { // LOAD_METHOD
            const obj = m[sp - 1];
            const name = names[arg];
            const cm = cachedMethod(ci, pc - wb - 1, obj, name);
            if (cm !== 0) {
              m[sp - 1] = cm;
              m[sp++] = obj;
              break;
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1;
            if (loadMethodSlow(obj, name, sp) === 0) {
              thrown = new PyException(takeSoftRaised()); // (a missing attribute, as LOAD_ATTR's)
              break raised;
            }
            sp++;
            break;
          }
          case 27: // BINARY_OP
          case 114: { // Q_BINARY_OP_PAIR: BINARY_OP + BINARY_OP of its result (interp/quicken.ts)
            const b = m[--sp];
            const a = m[sp - 1];
            const op = arg - (arg >= 13 ? 13 : 0); // (always executed: see vm/NOTES.md "Every site has feedback")
            // a pair's second word and its left operand, for binaryFast to do both at once (two
            // float ops: interp/float_binop.ts); read and passed for every BINARY_OP (feedback)
            const nextWord = m[pc];
            const next = (w & 0xff) === 114 ? nextWord : 0;
            const below = m[sp - 2];
            let r = 0; // the result, 0 until there is one (one store of it for every kind)
            if ((a & b & 1) === 1) {
              const isAdd = op === 0;
              const isSub = op === 10; // (both compares always run: "Every site has feedback")
              if (isAdd || isSub) {
                // tagged add/subtract on the untagged values; b is negated branch-free ((x ^ -1)
                // + 1 === -x) so that one add serves both and never first runs late
                const neg = isAdd ? 0 : -1;
                const x = (a >> 1) + (((b >> 1) ^ neg) - neg);
                if (x >= -1073741824 && x <= 1073741823) r = (x << 1) | 1;
              }
            }
            // everything else through ONE call site, tagged ints included (binaryFast passes
            // them to intBinarySmall): a program whose first `*`, `//`, `%` or `<<` of two small
            // ints comes after V8 optimized run() no longer meets a call with no feedback there,
            // and the result's store is the add's (vm/NOTES.md "Every site has feedback";
            // binaryFast is not inlined into run())
            if (r === 0) r = binaryFast(op, a, b, next, below);
            // a negative even result: the pair's second instruction was done too, the result is -r
            // (a reference is positive, a tagged int odd); worked out branch-free for every result
            const pair = (r >>> 31) & ~r & 1;
            if (r !== 0) {
              sp -= pair;
              pc += pair;
              m[sp - 1] = (r ^ -pair) + pair;
              break;
            }
            if ((a & 1) === 0) {
              // a Python __op__ of a's class runs as a frame of this loop (interp/binop_frame.ts):
              // a and b stay on the stack until it returns
              const bf = binopFrame(a, b, arg) | 0;
              if (bf !== 0) {
                sp++;
                m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[bf + FR_BACK] = f; enterDepth(); f = bf; break sw;
              }
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1;
            const g = binaryGeneric(a, b, arg); // (a zero divisor soft-raised: interp/binary_generic.ts)
            if (g === 0) {
              thrown = new PyException(takeSoftRaised());
              break raised;
            }
            m[sp - 1] = g;
            break;
          }
          case 29: { // UNARY_NEGATIVE
            const v = m[sp - 1];
            if ((v & 1) === 1 && v !== ((-(2 ** 30)) << 1 | 1)) m[sp - 1] = ((-(v >> 1)) << 1) | 1;
            else m[sp - 1] = negative(v); // (an exact float without the slot: interp/float_binop.ts)
            break;
          }
          case 32: // COMPARE_OP
          case 102: { // Q_COMPARE_JUMP: COMPARE_OP + POP_JUMP_IF_FALSE/TRUE (interp/quicken.ts)
            const b = m[--sp];
            const a = m[sp - 1];
            let r: boolean;
            // tagged ints compare as their words do; anything else out of line (two floats
            // there without the protocol): a fused compare-and-jump branches on True/False
            if ((a & b & 1) === 1) r = compareNumbers(a, b, arg);
            else {
              const o = compareOther(a, b, arg, f, pc, wb);
              if (o !== kTrue && o !== kFalse) {
                if (o === 0) {
                  // `1 < 'a'`: the TypeError soft-raised (protocol.ts richCompareSoft)
                  thrown = new PyException(takeSoftRaised());
                  break raised;
                }
                m[sp - 1] = o;
                break;
              }
              r = o === kTrue;
            }
            if ((w & 0xff) === 102) {
              sp--;
              const j = m[pc];
              const to = wb + (j >>> 8);
              const next = pc + 1;
              pc = r === ((j & 0xff) === 59) ? to : next;
              break;
            }
            m[sp - 1] = r ? kTrue : kFalse;
            break;
          }
          case 33: { // IS_OP
            const b = m[--sp];
            m[sp - 1] = (m[sp - 1] === b ? 1 : 0) !== arg ? kTrue : kFalse; // (arg 0 or 1: int compares, see `isOuter`)
            break;
          }
          case 109: { // Q_IS_JUMP: IS_OP + POP_JUMP_IF_FALSE/TRUE
            const b = m[--sp];
            const r = (m[--sp] === b ? 1 : 0) !== arg;
            const j = m[pc];
            const to = wb + (j >>> 8);
            const next = pc + 1;
            pc = r === ((j & 0xff) === 59) ? to : next;
            break;
          }
          case 34: // CONTAINS_OP
          case 116: { // Q_CONTAINS_JUMP: CONTAINS_OP + POP_JUMP_IF_FALSE/TRUE (interp/quicken.ts)
            const container = m[--sp];
            const c = containsOp(container, m[sp - 1], f, pc, wb);
            if (c < 0) {
              thrown = new PyException(takeSoftRaised()); // (an unhashable key: soft-raised)
              break raised;
            }
            const r = c !== arg;
            if ((w & 0xff) === 116) {
              sp--;
              const j = m[pc];
              const to = wb + (j >>> 8);
              const next = pc + 1;
              pc = r === ((j & 0xff) === 59) ? to : next;
              break;
            }
            m[sp - 1] = r ? kTrue : kFalse;
            break;
          }
          case 35: { // BINARY_SUBSCR
            const key = m[--sp];
            const obj = m[sp - 1];
            if ((key & 1) === 1 && (obj & 1) === 0) {
              const l = m[obj] & 0x7ff;
              // an exact list or a tuple by one path: every load and compare below runs for
              // both, so that a program's first tuple subscript after V8 optimized run() (go's
              // `self.group(p)[0]`) finds them fed (vm/NOTES.md "Every site has feedback")
              const isTuple = l === L_TUPLE;
              if (isTuple || (l === L_LIST && m[obj + 2] === T.list)) {
                let i = key >> 1;
                if (STM_BUILD && !isTuple && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock) readBarrier(obj);
                const n = m[obj + (isTuple ? 2 : LI_LEN)] >> 1;
                i += n & (i >> 31); // (n when i < 0: always executed, see NOTES "feedback")
                // the item at items + off + i: in a list's vector, or in the tuple itself (the
                // ternaries pick values: no operation that only a tuple would run)
                const items = isTuple ? obj : m[obj + LI_ITEMS];
                const off = isTuple ? TU_ITEMS : 2;
                if (i >= 0 && i < n && (isTuple || i + 2 < (((m[items] >>> SIZE_SHIFT) & SIZE_MASK) << 1) || (((m[items] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && i < payloadWords(items)))) {
                  if (STM_BUILD && !isTuple && ((m[items] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && (m[cardBase + ((items + 2 + i) >>> CARD_SHIFT)] > txSnapshot || (txActive && cardReadMarks[(items + 2 + i) >>> CARD_SHIFT] === 0)) && m[cardBase + ((items + 2 + i) >>> CARD_SHIFT)] !== txLock) readBarrierCard(items, i); // a large vector: per card
                  m[sp - 1] = m[items + off + i];
                  break;
                }
              }
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1;
            const v = subscrOrMiss(obj, key);
            if (v === 0) {
              thrown = new PyException(takeSoftRaised());
              break raised;
            }
            m[sp - 1] = v;
            break;
          }
          case 36: { // STORE_SUBSCR
            const key = m[--sp];
            const obj = m[--sp];
            const v = m[--sp];
            // the list fast path out of line: a call that runs at every STORE_SUBSCR has feedback
            // at the first list store after V8 optimized run() (vm/NOTES.md "Every site has feedback")
            const stored = storeListItem(obj, key, v);
            if (stored !== 1) {
              m[f + FR_PC] = ((pc - wb) << 1) | 1;
              // (-1: an index out of the list's range; setitemOrMiss's 0: no item assignment;
              // either soft-raised)
              if (stored < 0 || setitemOrMiss(obj, key, v) === 0) {
                thrown = new PyException(takeSoftRaised());
                break raised;
              }
            }
            break;
          }
          case 39: { // BUILD_TUPLE
            const t = newTupleN(arg) | 0;
            sp -= arg;
            for (let i = 0; i < arg; i++) m[t + TU_ITEMS + i] = m[sp + i];
            m[sp++] = t;
            break;
          }
          case 40: { // BUILD_LIST
            sp -= arg;
            const items = new Array<number>(arg);
            for (let i = 0; i < arg; i++) items[i] = m[sp + i];
            m[sp++] = newList(items) | 0;
            break;
          }
          case 45: { // LIST_APPEND
            const v = m[--sp];
            listAppend(m[sp - arg], v);
            break;
          }
          case 53: { // UNPACK_SEQUENCE
            const seq = m[--sp];
            let items: number[] | null = null;
            if ((seq & 1) === 0) {
              const l = m[seq] & 0x7ff;
              if (l === L_TUPLE) {
                const n = m[seq + 2] >> 1;
                if (n === arg) {
                  for (let i = arg - 1; i >= 0; i--) m[sp++] = m[seq + TU_ITEMS + i];
                  break;
                }
              } else if (l === L_LIST) items = listItems(seq);
            }
            if (items === null) items = unpackIterable(seq, arg, f, pc, wb);
            if (items.length !== arg) {
              // (soft: `a, b = row` of a wrong length caught cost ~1.8 µs as a JS throw)
              thrown = new PyException(unpackException(items.length, arg));
              break raised;
            }
            for (let i = arg - 1; i >= 0; i--) m[sp++] = items[i];
            break;
          }
          case 56: // JUMP_FORWARD
            pc = wb + arg;
            break;
          case 57: { // JUMP_BACKWARD (a signal raised at its safe point is reported at this instruction)
            // (a jump's target, wb + arg, is computed on every path of its case: an add first run
            // after V8 optimized run() deoptimizes it; vm/NOTES.md "h22-dispatch")
            const to = wb + arg;
            if ((--ticks < 0 || safePointRequested === true) && isOuter) {
              spc = to;
              break sp0;
            }
            if (ticks < 0) { ticks = switchTicks | 0; signalSlice(); } // (a nested loop: signals only)
            pc = to;
            break;
          }
          case 58: // POP_JUMP_IF_FALSE
          case 59: // POP_JUMP_IF_TRUE
          case 62: // JUMP_IF_FALSE_OR_POP
          case 63: // JUMP_IF_TRUE_OR_POP
          case 30: { // UNARY_NOT
            // one case, every operation run by all five (vm/NOTES.md "Every site has feedback"):
            // odd opcodes jump when the value is true, even ones when it is false; POP_JUMP_*
            // (bit 2 clear) always pop, *_OR_POP (bit 2 set) pop when they do not jump; UNARY_NOT
            // (30) replaces the top by its negation (the jumps store the top back unchanged)
            const top = sp - 1;
            const to = wb + arg; // (for all five: see JUMP_BACKWARD)
            const v = m[top];
            const isTrue = v === kTrue;
            const notFalse = v !== kFalse;
            // a tagged int is tested inline, by operations run for every value (raytrace's first
            // `while n:` came after V8 had optimized run(), and its truthyAt call had no feedback)
            const isInt = (v & 1) === 1;
            const intTrue = v !== 1;
            const t = isTrue || (notFalse && (isInt ? intTrue : truthyAt(v, f, pc, wb)));
            const isNot = (w & 0xff) === 30;
            const neg = t ? kFalse : kTrue;
            m[top] = isNot ? neg : v;
            const jump = !isNot && t === ((w & 1) === 1);
            sp -= isNot || (jump && (w & 4) !== 0) ? 0 : 1;
            if (jump) pc = to;
            break;
          }
          case 60: { // POP_JUMP_IF_NONE
            const to = wb + arg; // (on both paths: see JUMP_BACKWARD)
            if (m[--sp] === K.None) pc = to;
            break;
          }
          case 61: { // POP_JUMP_IF_NOT_NONE
            const to = wb + arg;
            if (m[--sp] !== K.None) pc = to;
            break;
          }
          case 64: { // GET_ITER (exact lists and ranges without the slot dispatch: interp/iter_fast.ts)
            const it = iterFast(m[sp - 1], f, pc, wb) | 0;
            if (it === 0) {
              thrown = new PyException(takeSoftRaised()); // (not iterable: soft-raised)
              break raised;
            }
            m[sp - 1] = it;
            break;
          }
          case 65: // FOR_ITER
          case 115: // Q_FOR_ITER_UNPACK: a pair pushed without a tuple (below)
          case 106: { // Q_FOR_ITER_STORE_FAST: the next item goes straight into the local
            // one exit for every kind of iterator (exhausted, or the item), so V8 has seen each
            // path early, whichever iterator a loop uses first; the iterator's write barrier is
            // called (not its test written out, as elsewhere in run): a call that ran every time
            // has feedback, so the first old iterator does not deoptimize run (primeSlowPaths)
            const it = m[sp - 1];
            const il = m[it] & 0x7ff;
            let v = 0; // the next item, 0 when exhausted (when `fast`)
            let fast = false;
            if (il === L_ITER) {
              const cls = m[it + 2];
              // (both compares first: the first list loop of a program whose first loops were
              // over ranges met a named load, then a compare, with no feedback)
              const isRange = cls === T.range_iterator;
              const isList = cls === T.list_iterator;
              if (isRange) {
                // range over small ints: no call, no allocation
                const r = m[it + IT_SOURCE];
                const len = m[r + RG_LEN];
                const s0 = m[r + RG_START];
                const st = m[r + RG_STEP];
                if ((len & s0 & st & 1) === 1) {
                  writeBarrier(it); // its position is written below (ranges are immutable)
                  const i = m[it + IT_POS] >> 1;
                  fast = true;
                  if (i < len >> 1) {
                    m[it + IT_POS] = ((i + 1) << 1) | 1;
                    const x = (s0 >> 1) + i * (st >> 1);
                    v = x >= -(2 ** 30) && x < 2 ** 30 ? (x << 1) | 1 : intFromNumber(x);
                  }
                }
              } else if (isList) {
                const l = m[it + IT_SOURCE];
                if (STM_BUILD && (m[it + 1] > txSnapshot || (txActive && readMarks[it >> 1] === 0)) && m[it + 1] !== txLock) readBarrier(it);
                if (STM_BUILD && (m[l + 1] > txSnapshot || (txActive && readMarks[l >> 1] === 0)) && m[l + 1] !== txLock) readBarrier(l);
                const i = m[it + IT_POS] >> 1;
                const items = m[l + LI_ITEMS];
                // the end of the list (i === len) is taken here too, by the operations of the item
                // case (the list's release a store of the source word every time): its own path, or
                // pyNext, first ran when the first list loop ended, after V8 had optimized run()
                // ("Every site has feedback"); an exhausted iterator (i < 0) goes to pyNext
                const end = i >= m[l + LI_LEN] >> 1;
                // a large items vector (size field 0: its size in the page table, a card read
                // barrier per step) by the operations every list loop's end runs too: the page
                // table's load (objectWords' second half, written out; at a small vector's end
                // oldBase's entry) and the card test (at an end the vector's header card); only
                // the stale card's call is a large step's own. deltablue's first large-list step
                // (Plan.execute) came after V8 had optimized run() and deoptimized it in every run.
                // A small vector's item takes none of it (vm/NOTES.md "h24-fornext")
                const isz = (m[items] >>> SIZE_SHIFT) & SIZE_MASK;
                let ok = !end && i + 2 < isz << 1;
                if (!ok && i >= 0) {
                  const large = isz === 0;
                  const inLarge = i + 2 < m[pageTableBase + 2 * (((large ? items : oldBase) - oldBase) >> PAGE_SHIFT) + 1];
                  if (STM_BUILD) {
                    const c = (items + 2 + (end ? -2 : i)) >>> CARD_SHIFT;
                    const cw = m[cardBase + c];
                    if (cw !== txLock && (cw > txSnapshot || (txActive && cardReadMarks[c] === 0)) && !end) readBarrierCard(items, i); // a large vector: per card
                  }
                  ok = end || (large && inLarge);
                }
                if (i >= 0 && ok) {
                  writeBarrier(it);
                  const next = end ? -1 : i + 1; // -1: exhausted (iterators.ts)
                  m[it + IT_POS] = (next << 1) | 1;
                  m[it + IT_SOURCE] = end ? kNone : l; // an exhausted iterator lets its list go (releaseSource)
                  v = end ? 0 : m[items + 2 + i];
                  fast = true;
                }
              }
            } else if (il === L_GENERATOR) {
              // (an exhausted generator gives 0: pyNext below ends the loop)
              const gframe = prepareResume(it) | 0;
              // (the `sw` block pushes None on its stack as the value sent: vm/NOTES.md "h27-gen")
              if (gframe !== 0) { m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[gframe + FR_BACK] = f; enterDepth(); f = gframe; push = kNone; break sw; }
            }
            // Q_FOR_ITER_UNPACK (FOR_ITER + UNPACK_SEQUENCE 2, its word at pc): a dict's items,
            // zip() of two and enumerate() push their pair themselves (interp/for_pairs.ts: the
            // second item returned, the first at m[sp + 1], pairPushed 1) and the UNPACK_SEQUENCE
            // is stepped over; any other item is pushed and the UNPACK_SEQUENCE runs alone
            let pushed = 0;
            if (!fast) {
              v = nextAt(it, f, pc, wb, sp, (w & 0xff) === 115 ? 1 : 0);
              pushed = pairPushed;
            }
            const exit = wb + arg; // (the loop's exit, on both paths: see JUMP_BACKWARD)
            const end = v === 0 ? 1 : 0;
            sp -= end; // (always executed: the first loop to end after run() was optimized)
            // the item into the local (Q_FOR_ITER_STORE_FAST) or pushed by the same operations:
            // a program whose first pushing FOR_ITER (`for a, b in pairs:`) came after V8 had
            // optimized run() met `m[sp++] = v` with no feedback (raytrace, its lights loop)
            const toLocal = (w & 0xff) === 106 ? 1 : 0;
            const local = lp + (m[pc] >>> 8);
            if (end === 1) pc = exit;
            else {
              m[toLocal === 1 ? local : sp] = v;
              pc += toLocal + pushed; // (a pair: past the UNPACK_SEQUENCE)
              sp += (toLocal ^ 1) + pushed;
            }
            break;
          }
          case 66: // CALL
          case 67: { // CALL_KW
            let kwnames = 0;
            if ((w & 0xff) === 67) kwnames = m[--sp];
            let n = arg;
            const base = sp - n - 2;
            let callable = m[base];
            let src = base + 1;
            let tpcall = false;
            if (callable === 0) {
              callable = m[base + 1];
              src = base + 2;
            } else n++;
            if ((callable & 1) === 0) {
              let l = m[callable] & 0x7ff;
              if (l === L_METHOD && src === base + 2) {
                // unpack the bound method into (function, self, args...)
                m[base] = m[callable + M_FUNC];
                m[base + 1] = m[callable + M_SELF];
                callable = m[base];
                src = base + 1;
                n = arg + 1;
                l = (callable & 1) === 0 ? m[callable] & 0x7ff : 0;
              } else if (l !== L_FUNCTION && l !== L_TYPE && l !== L_BUILTIN && src === base + 2) {
                // an instance whose class defines __call__ in Python: (__call__, self, args...)
                // in the same loop, so that it may park and its safe points collect
                const d = pythonCallDunder(callable);
                if (d !== 0) {
                  tpcall = true;
                  m[base] = d;
                  callable = d;
                  src = base + 1;
                  n = arg + 1;
                  l = L_FUNCTION;
                }
              }
              if (l === L_FUNCTION) {
                if (STM_BUILD && (m[callable + 1] > txSnapshot || (txActive && readMarks[callable >> 1] === 0)) && m[callable + 1] !== txLock) readBarrier(callable); // __code__, __defaults__... are assignable
                const cci = codeInfo(m[callable + FN_CODE]);
                const simple = kwnames === 0 && isSimpleCall(cci, n);
                const callee = newFrame(callable, cci, simple ? n : 0) | 0;
                if (simple) {
                  const clp = callee + FR_LOCALSPLUS;
                  for (let i = 0; i < n; i++) m[clp + i] = m[src + i];
                } else if (kwnames !== 0 ? !bindKeywords(callee, callable, cci, src, n, kwnames) : !bindWithDefaults(callee, callable, cci, 0, src, n)) {
                  const args = new Array<number>(n);
                  for (let i = 0; i < n; i++) args[i] = m[src + i];
                  if (bindArgumentsSoft(callee, callable, cci, args, kwnames) === 0) {
                    thrown = new PyException(takeSoftRaised()); // (arguments that do not fit: soft-raised)
                    break raised;
                  }
                }
                sp = base;
                m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[callee + FR_BACK] = f;
                if (tpcall) { m[callee + FR_FLAGS] |= FF_TPCALL << 1; enterTpCallDepth(); } else enterDepth();
                f = callee;
                // the new frame's registers from cci (no second codeInfo lookup); the barrier
                // stays (a frame allocated while the nursery is full below a builtin is old)
                writeBarrier(f);
                // the callee's RESUME 0 is stepped over while it would only count its tick (the
                // tick is counted here; out of ticks, a safe point asked for, or --trace: pc 0)
                const skip = ticks > 0 && safePointRequested !== true && !tracing ? cci.resumeAt0 | 0 : 0;
                ticks -= skip;
                ci = cci; wb = (tracing ? cci.wbase : cci.qbase) | 0; consts = cci.consts; names = cci.names; pc = wb + skip; sp = f + FR_LOCALSPLUS + (cci.nlocalsplus | 0); lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
                break;
              }
              if (l === L_TYPE) {
                const inst = tryInlineInit(callable, src, n, kwnames) | 0;
                if (inst !== 0) {
                  sp = base;
                  m[inst + FR_FLAGS] |= (FF_INIT | FF_TPCALL) << 1;
                  m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[inst + FR_BACK] = f;
                  enterTpCallDepth(); f = inst; break sw;
                }
              }
            }
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            const cr = tracing ? profiledCall(callable, src, n, kwnames, src === base + 1) : callFromStack(callable, src, n, kwnames, src === base + 1);
            if (cr === 0) {
              // a builtin's exception without a JS throw (runtime/soft_raise.ts)
              thrown = new PyException(takeSoftRaised());
              break raised;
            }
            m[base] = cr;
            if (wb !== ci.qbase && !tracing) { pc = (pc - wb + ci.qbase) | 0; wb = ci.qbase | 0; } // (a settrace by this call: see TRACE_WORD)
            // a result dropped at once (`s.add(x)` as a statement) is not pushed: POP_TOP stepped over
            const drop = dropsResult(m, pc, tracing);
            sp = base + 1 - drop;
            pc += drop;
            break;
          }
          case 68: { // CALL_FUNCTION_EX (the sp saved is the one after the call: a parked call
            // re-executes the instruction with the local sp, which still covers the operands)
            const nsp = sp - (arg & 1 ? 4 : 3);
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((nsp - f) << 1) | 1;
            const callee = callEx(arg, sp) | 0;
            sp = nsp;
            if (callee !== 0) {
              m[callee + FR_BACK] = f; enterDepth(); f = callee; break sw;
            }
            m[sp++] = callExResult;
            break;
          }
          case 70: // RETURN_VALUE
          case 110: // Q_LOAD_CONST_RETURN: LOAD_CONST + RETURN_VALUE
          case 111: // Q_JUMP_RETURN: JUMP_FORWARD to a RETURN_VALUE (pc then past it)
          case 113: { // Q_LOAD_FAST_RETURN: LOAD_FAST + RETURN_VALUE
            let v: number;
            const q = w & 0xff;
            if (q === 110 || q === 113) {
              // the local's word is read by both (a constant's index reads some frame word, unused):
              // chaos's first `return x` of a local came after V8 had optimized run(), whose
              // `lp + arg` there had no feedback (every `return None` is a 110)
              const lv = m[lp + arg];
              v = q === 110 ? consts[arg] : lv;
              if (v === 0) unboundLocal(ci, arg); // (a constant is never 0)
              pc++;
            } else {
              // (both sides computed, one conditional move: "Every site has feedback")
              const past = wb + arg + 1;
              pc = (w & 0xff) === 111 ? past : pc;
              v = m[--sp];
            }
            const flags = m[f + FR_FLAGS] >> 1;
            if (flags & FF_INIT) {
              if (v !== K.None) typeError(`__init__() should return None, not '${tname(v)}'`);
              v = m[f + FR_AUX];
            }
            // a generator's, an entry or a binop frame: each leaves by its own path below; one
            // test keeps them off the common return (h21-calls). (The entry and the generator
            // returns share their operations, so that the first one of either kind after V8
            // optimized run() does not deoptimize it: vm/NOTES.md "Every site has feedback";
            // clearing FF_ENTRY where it is not set writes the same word)
            if (flags & (FF_GEN | FF_ENTRY | FF_BINOP)) {
              // (the frame is written below only when it is a generator's or an entry frame)
              if (flags & (FF_GEN | FF_ENTRY)) writeBarrier(f);
              if (flags & FF_GEN) {
                genLeave(f);
                finishGenerator(f, flags);
                releaseFinishedFrame(f);
                escapeToCaller(f, flags); // (an entry frame keeps its f_back)
                const isEntry = (flags & FF_ENTRY) !== 0;
                const back = m[f + FR_BACK];
                m[f + FR_FLAGS] = ((m[f + FR_FLAGS] >> 1 & ~FF_ENTRY) << 1) | 1;
                m[f + FR_BACK] = isEntry ? back : 0;
                setDepth(depth - 1);
                m[ts + 2] = isEntry ? savedFrame : back;
                if (isEntry) {
                  entryYielded = false;
                  return v;
                }
                // into the FOR_ITER or SEND that resumed it (genReturnInto's work with the
                // caller's registers loaded here, not through the heap and the `sw` block)
                f = back;
                writeBarrier(f);
                ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
                const rel = m[f + FR_PC] >> 1;
                const gw = ci.words[rel - 1]; // (the plain words: qbase may be the trace words)
                sp = f + (m[f + FR_SP] >> 1);
                const isSend = (gw & 0xff) === 81;
                if (!isSend && (gw & 0xff) !== 65) badGenReturn(gw & 0xff);
                // FOR_ITER pops the iterator and leaves the loop; SEND replaces the sent value
                sp -= isSend ? 0 : 1;
                if (isSend) m[sp - 1] = v;
                pc = wb + (gw >>> 8);
                break;
              }
              const isEntry = (flags & FF_ENTRY) !== 0;
              m[f + FR_FLAGS] = ((flags & ~FF_ENTRY) << 1) | 1;
              setDepth(depth - 1 - ((flags >> 9) & 1)); // FF_TPCALL (512): see enterTpCallDepth
              if (isEntry) {
                if (driverAtReturn) {
                  // a driver loop: the thread's base frame returned, the thread ends, through the
                  // safe point's call into the scheduler (safePoint(ticks, v)), which V8 has seen
                  // early: the first thread end after V8 optimized run() does not deoptimize it
                  // (vm/NOTES.md "A thread's end goes through the safe point")
                  // (the block saves pc as the frame's: a frame object kept past the thread's end
                  // reports the return's line, as CPython's)
                  threadResult = v;
                  ticks = -1;
                  spc = pc;
                  break sp0;
                }
                escapeToCaller(f, flags);
                m[ts + 2] = savedFrame;
                return v;
              }
              // FF_BINOP: kept as its code's spare as below (escapeToCaller: young frames only,
              // no barrier)
              escapeToCaller(f, flags);
              keepSpareFrame(ci, f, flags);
              // the caller's registers first: binopReturn may raise at its BINARY_OP
              f = m[f + FR_BACK]; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1);
              binopReturn(f, v);
              break sw;
            }
            setDepth(depth - 1 - ((flags >> 9) & 1)); // (as above)
            // back to the caller, its registers loaded here and v pushed on its stack (not
            // pushOnto + the `sw` block: one barrier and no FR_SP round trip through the heap)
            // the frame left becomes its code's spare unless Python code may hold it; an
            // escaped frame's caller escapes too, reachable by f_back (interp/frame_recycle.ts;
            // both written branch-free: the flag or-ed in is 0 for a frame that did not escape)
            const done = f;
            f = m[f + FR_BACK];
            writeBarrier(f);
            m[f + FR_FLAGS] |= (flags & FF_ESCAPED) << 1;
            keepSpareFrame(ci, done, flags);
            ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1); lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
            m[sp++] = v;
            break;
          }
          case 71: { // RAISE_VARARGS
            let exc: number;
            if (arg === 0) {
              exc = handledException();
              if (exc === 0 || exc === K.None) raise(T.RuntimeError, 'No active exception to reraise');
              m[f + FR_LASTI] = ((pc - wb - 1) << 1) | 1;
              thrown = new Reraise(exc);
              break raised;
            }
            const cause = arg === 2 ? m[--sp] : 0;
            exc = normalizeRaise(m[--sp], cause);
            thrown = new PyException(exc);
            break raised;
          }
          case 79: { // RETURN_GENERATOR
            const flags = m[f + FR_FLAGS] >> 1;
            const gen = newGenerator(f, ci.flags & CO_GEN_FLAGS);
            m[f + FR_AUX] = gen;
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            writeBarrier(f);
            m[f + FR_FLAGS] = (((flags | FF_GEN) & ~FF_ENTRY) << 1) | 1;
            if (flags & FF_ENTRY) {
              setDepth(depth - 1);
              m[f + FR_BACK] = 0;
              m[ts + 2] = savedFrame;
              return gen;
            }
            const back = m[f + FR_BACK];
            m[f + FR_BACK] = 0;
            setDepth(depth - 1);
            f = back;
            push = gen;
            break sw;
          }
          case 80: { // YIELD_VALUE
            const v = m[--sp];
            // the generator a waiting sum() resumes: a small int is added there and the frame
            // goes on at once, None as the value sent (interp/gen_consume.ts)
            if (f === consumeFrame && !tracing && consumeItem(f, v) === 1) {
              m[sp++] = kNone;
              break;
            }
            genLeave(f);
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            writeBarrier(f);
            let flags = m[f + FR_FLAGS] >> 1;
            // suspending inside a try/with: the collector must close it (gen_finalizer.ts)
            if (ci.yieldsInTry !== null && ci.yieldsInTry[pc - wb - 1] === 1 && (flags & FF_CLOSE_REG) === 0) flags |= registerGenClose(m[f + FR_AUX]);
            m[f + FR_FLAGS] = ((flags & ~(FF_RUNNING | FF_ENTRY)) << 1) | 1;
            // (a yield to JS and one to this loop share their operations: see RETURN_VALUE)
            const isEntry = (flags & FF_ENTRY) !== 0;
            const back = m[f + FR_BACK];
            m[f + FR_BACK] = 0;
            setDepth(depth - 1);
            m[ts + 2] = isEntry ? savedFrame : back;
            if (isEntry) {
              entryYielded = true;
              return v;
            }
            // the resuming instruction (FOR_ITER or SEND at pc - 1) receives the value, pushed
            // by the `sw` block (not pushOnto: no FR_SP round trip through the heap)
            f = back;
            push = v;
            break sw;
          }
          case 81: { // SEND
            const v = m[sp - 1];
            const to = wb + arg; // (on every path: see JUMP_BACKWARD)
            const recv = m[sp - 2];
            const rl = (recv & 1) === 0 ? m[recv] & 0x7ff : 0;
            if (rl === L_GENERATOR || rl === L_COROUTINE) {
              const gframe = prepareResume(recv) | 0;
              if (gframe !== 0) { sp--; m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[gframe + FR_BACK] = f; enterDepth(); f = gframe; push = v; break sw; }
              // `yield from` an exhausted generator: it returns None at once
              sp -= 2;
              m[sp++] = K.None;
              pc = to;
              break;
            }
            const r = sendTo(recv, v);
            if (r.done) {
              sp -= 2;
              m[sp++] = r.value;
              pc = to;
            } else m[sp - 1] = r.value;
            break;
          }
          case 91: { // PUSH_EXC_INFO
            const exc = m[sp - 1];
            const prev = handledException();
            // a generator handling nothing of its own shows its caller's exception: it saves a
            // marker, so that POP_EXCEPT restores whatever caller resumes it then (CPython
            // chains the generator's own exc_info onto the caller's)
            const fl = m[f + FR_FLAGS] >> 1;
            if ((fl & (FF_GEN | FF_OWN_EXC)) === FF_GEN) {
              m[sp - 1] = CALLER_EXC_MARK;
              m[f + FR_CALLER_EXC] = prev; // (the caller's: see genEnter)
              m[f + FR_FLAGS] = ((fl | FF_OWN_EXC) << 1) | 1;
            } else m[sp - 1] = prev === 0 ? K.None : prev;
            m[sp++] = exc;
            setHandledException(exc);
            break;
          }
          case 92: { // POP_EXCEPT
            const prev = m[--sp];
            const done = handledException();
            if (done === preallocatedMemoryError && done !== 0) {
              // the shared MemoryError instance must not keep the failed frames (and what they
              // hold) alive once it has been handled
              m[done + 5] = kNone;
              m[done + 6] = kNone;
              m[done + 7] = kNone;
              requestFullCollection(); // what the failed code held can be freed now
            }
            restoreExcInfo(f, prev);
            if (safePointRequested === true && isOuterAtPopExcept) {
              m[f + FR_PC] = ((pc - wb) << 1) | 1;
              m[f + FR_SP] = ((sp - f) << 1) | 1;
              m[ts + 2] = f;
              safePoint(0);
              const nf = m[ts + 2];
              f = nf;
              ci = codeInfo(m[f + FR_CODE]);
              wb = (tracing ? ci.wbase : ci.qbase) | 0;
              consts = ci.consts;
              names = ci.names;
              pc = wb + (m[f + FR_PC] >> 1);
              sp = f + (m[f + FR_SP] >> 1);
              lp = f + FR_LOCALSPLUS;
            }
            break;
          }
          case 93: { // RERAISE
            const exc = m[--sp];
            // the handler search stays at this instruction; only f_lasti goes back to the raise
            // (RERAISE 0 itself is f_lasti then, as CPython's prev_instr)
            m[f + FR_LASTI] = arg !== 0 ? m[sp - arg] : ((pc - wb - 1) << 1) | 1;
            thrown = new Reraise(exc);
            break raised;
          }
          case 88: { // BEFORE_WITH: a Python __enter__ runs in this loop (it may block and park)
            m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
            const ef = withEnterFrame(m[sp - 1]) | 0;
            if (ef === 0) {
              sp = rareOp(w & 0xff, arg, f, ci, pc - wb, sp) | 0;
              break;
            }
            m[sp - 1] = takeEnterExit();
            m[f + FR_SP] = ((sp - f) << 1) | 1; m[ef + FR_BACK] = f; enterDepth(); f = ef; break sw;
          }
          default:
            // a rare instruction, out of line (rareOp) through the safe-point block below: its
            // frame save and call are one site for both, fed by whichever comes first (module
            // code's rare instructions run before V8 gives run() feedback, so a comprehension's
            // MAKE_FUNCTION met after the compile deoptimized run(); vm/NOTES.md "h20-disp")
            rare = w;
            spc = pc;
            break sp0;
        }
        continue;
        }
        // a safe point of RESUME or JUMP_BACKWARD (break sp0), spc the instruction to go on
        // with (pc stays after the instruction: an exception raised here, a signal's, is raised
        // by it). One copy for both (V8 meets it early through RESUME, so that its first use in
        // a loop after run() was optimized does not deoptimize it); it may switch threads.
        // Also a rare instruction's way out of line (rare: its word; 0 at a safe point, for
        // which rareOp returns sp as it is): the same frame save and call for both kinds
        if ((rare & 0xff) === 250) { // TRACE_WORD (interp/py_trace.ts)
          // the trace words (py_trace.ts): this frame was entered or returned to while a trace
          // function is set: the loop traces from this instruction on, in the plain words (a
          // CALL that stepped over RESUME first gives its frame the 'call' event)
          tracing = true;
          const rel = (spc - wb - 1) | 0;
          wb = ci.wbase | 0;
          pc = (wb + rel) | 0;
          if (rel === 1 && ci.resumeAt0 === 1) traceStep(ci, f, 0, sp);
          continue;
        }
        m[f + FR_PC] = ((spc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[ts + 2] = f;
        const rsp = rareOp(rare & 0xff, rare >>> 8, f, ci, spc - wb, sp) | 0;
        if (rsp === 0) {
          // a rare instruction's exception without a JS throw (runtime/soft_raise.ts)
          thrown = new PyException(takeSoftRaised());
          break raised;
        }
        sp = rsp;
        if (rare !== 0) continue;
        if (!safePointSeen) primeSlowPaths();
        const ended = threadResult; // (not 0: the thread's base frame returned it, see RETURN_VALUE)
        threadResult = 0;
        if (safePoint(ticks, ended) !== 0) return 0;
        checkCallerInfos();
        if (tracing !== tracingWanted()) tracing = traceSwitched(tracing, ci, m[ts + 2], spc - wb);
        // (everything read and compared on both paths below: "Every site has feedback")
        const nf = m[ts + 2];
        const sliceEnd = ticks < 0;
        const nextTicks = sliceEnd ? switchTicks | 0 : ticks;
        // the end of a time slice: the driver may return, to be called again at once (its frame
        // is saved, as at a thread switch: see sched.ts driverReenters, called at every slice end)
        if (driver && sliceEnd && driverReenters()) return 0;
        ticks = nextTicks;
        f = nf;
      }
      // a frame switch (break sw): load the registers of the frame in f. A frame made before
      // this transaction (a caller, a resumed generator) is backed up before the loop writes
      // it without barriers (one compare when it is already ours: young, or written before)
      writeBarrier(f);
      ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1); lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
      // a generator's resume, yield or creation pushes a value on the frame it switches to
      // (`push`, 0: none), so that those switches take this block too and keep it fed
      // (vm/NOTES.md "h27-gen")
      if (push !== 0) { m[sp++] = push; push = 0; }
      continue;
      } // (raised: `thrown` holds the PyException or Reraise)
    } catch (e) {
      // a lost transaction (thrown by any barrier, even one taken before this frame was backed
      // up): nothing may be written on the way out; the driver rolls back and restarts
      if (e instanceof TxAborted) throw e;
      if (e === PARK) {
        // a blocking builtin called by this instruction parked the thread: the instruction runs
        // again when the thread is resumed (CALL_KW had popped its keyword names)
        pc--;
        if ((m[pc] & 0xff) === 67) sp++;
        m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1; m[ts + 2] = f;
        if (parked() !== 0) return 0;
        checkCallerInfos();
        // (the other thread's first safe point early too while this JS thread has taken none:
        // a program whose main thread parks at once, in Thread.start, has run() optimized in the
        // first thread's hot loop before its first safe point otherwise: see `ticks` above)
        ticks = safePointSeen || switchTicks < 255 ? switchTicks : 255;
        { const nf = m[ts + 2]; f = nf; ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1); lp = f + FR_LOCALSPLUS; m[ts + 2] = f; }
        continue;
      }
      thrown = e;
    }
    {
      const e = thrown;
      m[f + FR_PC] = ((pc - wb) << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
      let exc: number;
      if (e instanceof Reraise) {
        // RERAISE / bare raise: unwind without a new traceback entry or context
        exc = e.exc;
      } else {
        if (e instanceof PyException) exc = e.exc;
        else if ((exc = jsLimitException(e)) === 0) throw e;
        m[f + FR_LASTI] = ((pc - wb - 1) << 1) | 1;
        if (!(e instanceof EscapedException)) setContextFor(exc);
        addTraceback(exc, f, pc - wb - 1);
        if (tracing) exc = traceException(f, exc) | 0;
      }
      // (an exception unwinding past the entry frame leaves run from here)
      f = unwind(f, exc, entry, savedFrame, outermost) | 0;
      if (f === 0) return 0;
      if (unwindSwitched) { unwindSwitched = false; ticks = switchTicks | 0; checkCallerInfos(); }
      ci = codeInfo(m[f + FR_CODE]); wb = (tracing ? ci.wbase : ci.qbase) | 0; consts = ci.consts; names = ci.names; pc = wb + (m[f + FR_PC] >> 1); sp = f + (m[f + FR_SP] >> 1); lp = f + FR_LOCALSPLUS; m[ts + 2] = f;
    }
  }
}

/** BINARY_SUBSCR's general path: getitem, except that a key missing from an exact dict and an
 *  int index out of an exact list's or tuple's range are soft-raised (0 returned: run() raises the
 *  KeyError or IndexError without a JS throw; runtime/soft_raise.ts). */
function subscrOrMiss(obj: number, key: number): number {
  if ((obj & 1) === 0) {
    const l = mem[obj] & 0x7ff;
    // an exact dict, or a subclass with dict's own __getitem__ (OrderedDict, a user's dict
    // subclass): a miss soft-raised, unless the class has __missing__ (defaultdict, Counter:
    // getitem's dictGetitem calls it)
    const t = l === L_DICT ? typeOf(obj) : 0;
    if (l === L_DICT && (t === T.dict || typeInfo(t).slots.getitem === dictGetitem)) {
      const v = dictGetH(obj, key, hashOf(key));
      if (v !== 0) return v;
      if (t === T.dict || typeInfo(t).lookup(N.missing) === 0) return softRaise(newException(T.KeyError, newTuple([key])));
    }
    if ((key & 1) === 1 && (l === L_TUPLE || l === L_LIST) && typeOf(obj) === (l === L_TUPLE ? T.tuple : T.list)) {
      const i = key >> 1;
      const n = l === L_TUPLE ? mem[obj + 2] >> 1 : listLen(obj);
      if (i >= n || i < -n) return softConstError(T.IndexError, l === L_TUPLE ? 'tuple index out of range' : 'list index out of range');
    }
    if ((key & 1) === 1 && l === L_STR) { // (an L_STR is an exact str: a subclass's is boxed)
      const i = key >> 1;
      const n = strLen(obj);
      if (i >= n || i < -n) return softConstError(T.IndexError, 'string index out of range');
    }
  }
  // not subscriptable (`x[0]` of a None or an int; a class has __class_getitem__ or its own
  // message: getitem's): soft-raised as well
  if (typeInfo(typeOf(obj)).slots.getitem === null && ((obj & 1) === 1 || (mem[obj] & 0x7ff) !== L_TYPE)) return softTypeMessage(T.TypeError, ["'", "' object is not subscriptable"], [obj]);
  return getitem(obj, key);
}

/** `obj[start:stop]` (RQ_SLICE_SUBSCR): an exact list or tuple with None or small-int bounds is
 *  copied at once (CPython's PySlice_AdjustIndices for step 1; an exact tuple's whole slice is the
 *  tuple itself, an empty one `()`); anything else makes the slice object and subscripts as
 *  BINARY_SUBSCR does (0: soft-raised). */
function sliceSubscr(obj: number, start: number, stop: number): number {
  // (interp/slice_ops.ts: an exact list or tuple with None or small-int bounds; a step of None is 1)
  const r = sliceStepped(obj, start, stop, K.None);
  return r !== 0 ? r : subscrOrMiss(obj, newSlice(start, stop, K.None));
}

/**
 * Q_LOAD_FAST_STORE_ATTR's write barrier, tested on run()'s own view `m` (writeBarrier reads the
 * module's `mem`: its context, length and base loads again, +1.1% instructions of chaos when it
 * stood here). Inlined into run() with its own feedback: its slow call is fed by primeSlowPaths,
 * so the first store into an old instance after run()'s compile does not deoptimize it.
 */
function storeAttrBarrier(m: Int32Array, ref: number): void {
  if (STM_BUILD ? m[ref + 1] !== txLock : (m[ref] & GC_WB) !== 0) writeBarrier(ref);
}

/** The first safe point of this JS thread's driver loops has been taken (see `ticks` in run). */
let safePointSeen = false;

/**
 * Once per JS thread, at the first safe point: runs the slow paths of helpers V8 inlines into
 * run() (the write barrier of an object from before the transaction or collection, allocation
 * of a large object), and run() itself has just run its safe-point block. TurboFan compiles a
 * call or operator that never ran into a deoptimization ("insufficient type feedback"): without
 * this, the first old iterator or frame written, or the first time slice over, in a hot loop
 * threw the optimized run() away and cost another compile of it (go: 4 compiles, ~0.3 s CPU
 * each on this machine). Harmless: the tuple is garbage, written by nobody else.
 */
function primeSlowPaths(): void {
  safePointSeen = true;
  primeHelperPaths();
  // The first minor collection of this JS thread, now (sched.ts safePoint, right after this):
  // what the program made so far (its module's globals and their entries vector, its classes and
  // functions) is promoted while run() has a feedback vector and is not optimized yet, so that the
  // cache misses a collection causes (LOAD_GLOBAL's entries vector moved: every module-global site
  // misses once) come now and feed their calls. Otherwise they came at the first collection after
  // V8 had optimized run() and threw it away (float.py: the first of its 5 deoptimizations).
  requestSafePoint();
  // the small helpers of run()'s prologue, called a few times: V8 gives a function its feedback
  // vector only after several calls, and a driver loop calls them once; inlined without feedback
  // into the first compile of run() as a function (not OSR: sched.ts driverReenters), they threw
  // it away at its first entry (richards). Harmless: each stores what is there already.
  for (let i = 0; i < 12; i++) {
    setCurrentFrame(mem[ts + 2]);
    checkCallerInfos();
    setDepth(depth);
  }
  const t = newTupleN(1024); // a large object: allocate's slow path
  if (!txActive) {
    // as an old object not yet written since a collection (outside a transaction: no lock)
    mem[t] |= GC_WB;
    mem[t + 1] = 0;
    writeBarrier(t);
    mem[t] |= GC_WB;
    mem[t + 1] = 0;
    writeBarrierCard(t, 0);
    // storeAttrBarrier's slow call, a few times (V8 gives a small function its feedback vector
    // only after several calls)
    for (let i = 0; i < 12; i++) {
      mem[t] |= GC_WB;
      mem[t + 1] = 0;
      storeAttrBarrier(mem, t);
    }
  }
}

/**
 * STORE_SUBSCR's fast path: `obj[key] = v` for a list (exactly) and an in-range small int key,
 * with its barriers. Returns 1 when it stored, -1 when the key is out of the list's range (its
 * IndexError soft-raised), 0 when setitem has to (any other case).
 */
function storeListItem(obj: number, key: number, v: number): number {
  const m = mem;
  if ((key & 1) === 1 && (obj & 1) === 0 && (m[obj] & 0x7ff) === L_LIST && m[obj + 2] === T.list) {
    let i = key >> 1;
    if (STM_BUILD && (m[obj + 1] > txSnapshot || (txActive && readMarks[obj >> 1] === 0)) && m[obj + 1] !== txLock) readBarrier(obj);
    const n = m[obj + LI_LEN] >> 1;
    i += n & (i >> 31); // (n when i < 0: always executed, see NOTES "feedback")
    const items = m[obj + LI_ITEMS];
    if (i >= 0 && i < n && (i + 2 < (((m[items] >>> SIZE_SHIFT) & SIZE_MASK) << 1) || (((m[items] >>> SIZE_SHIFT) & SIZE_MASK) === 0 && i < payloadWords(items)))) {
      // a small vector is guarded by its list (written: locked); a large one per card
      if (STM_BUILD && ((m[items] >>> SIZE_SHIFT) & SIZE_MASK) !== 0) writeBarrier(obj); // (its own lock test inside: a call that always runs has feedback, see FOR_ITER)
      writeBarrierCard(items, i); // (its test inside: a call that always runs has feedback)
      m[items + 2 + i] = v;
      return 1;
    }
    // out of range: its IndexError soft-raised (`lst[i] = v` caught cost ~1.6 µs as a JS throw)
    if (i < 0 || i >= n) {
      softConstError(T.IndexError, 'list assignment index out of range');
      return -1;
    }
  }
  return 0;
}

/** STORE_ATTR's general path: setattr, 1; except that object's own setattro (every class
 *  that does not define __setattr__) goes to genericSetattrSoft, whose AttributeError of an
 *  object without a __dict__ for the name is soft-raised (0 returned: runtime/soft_raise.ts).
 *  `__dict__` and `__class__` take the slot (object.ts: their own stores). */
function setattrOrMiss(obj: number, name: number, v: number): number {
  if (typeInfo(typeOf(obj)).slots.setattro === objectSetattroSlot() && name !== N.dict && name !== N.class) return genericSetattrSoft(obj, name, v);
  setattr(obj, name, v);
  return 1;
}

/** STORE_SUBSCR's general path: setitem, 1; except that an object without item assignment (a
 *  tuple, a str, None) soft-raises its TypeError (0 returned: runtime/soft_raise.ts). */
function setitemOrMiss(obj: number, key: number, v: number): number {
  const set = typeInfo(typeOf(obj)).slots.setitem;
  if (set === null) return softTypeMessage(T.TypeError, ["'", "' object does not support item assignment"], [obj]);
  set(obj, key, v);
  return 1;
}

/**
 * Part of primeSlowPaths: the paths of helpers V8 inlines into run() that a threaded program
 * first takes after V8 optimized run() (vm/NOTES.md "A thread's end goes through the safe
 * point"): a store into a list (storeListItem: `counts[i] = ...` at each bench thread's end).
 * On a fresh list: garbage, written by nobody else. (Feeding the float compare and the int
 * overflow paths too made single-threaded programs 15-37% slower: not kept.)
 */
function primeHelperPaths(): void {
  const l = newList([K.None, K.None]);
  storeListItem(l, (1 << 1) | 1, K.None);
}

/** Set by unwind when a driver loop's thread ended and another thread's frame was returned. */
let unwindSwitched = false;

/**
 * Unwinds exception `exc` raised in frame f (its pc and sp saved in it) to the innermost handler.
 * Returns the frame to go on with (the handler's pc and sp saved in it); 0 when a driver loop
 * has no thread left to run (run returns 0); throws the exception out of run when it passes the
 * entry frame.
 */
function unwind(f: number, exc: number, entry: number, savedFrame: number, outermost: boolean): number {
  const m = mem;
  for (;;) {
    const ci = codeInfo(m[f + FR_CODE]);
    const lasti = (m[f + FR_PC] >> 1) - 1;
    const h = findHandler(ci.exctable, lasti);
    if (h >= 0) {
      const t = ci.exctable;
      let sp = f + FR_LOCALSPLUS + ci.nlocalsplus + t[h + 3];
      // the handler finds its entry by the pc, and is given f_lasti (RERAISE n restores it: after
      // `RERAISE 2` in a with's cleanup, f_lasti is the instruction that raised, as CPython)
      if (t[h + 4] !== 0) m[sp++] = m[f + FR_LASTI];
      m[sp++] = exc;
      m[f + FR_PC] = (t[h + 2] << 1) | 1;
      m[f + FR_SP] = ((sp - f) << 1) | 1;
      // everything is in the frame now: a collection requested while raising (out of
      // memory, typically) runs here, before the handler allocates
      if (safePointRequested && outermost) {
        m[ts + 2] = f;
        safePoint(0);
        return m[ts + 2];
      }
      return f;
    }
    // no handler: leave this frame
    if (pyTracing()) traceUnwindExit(f);
    const flags = m[f + FR_FLAGS] >> 1;
    writeBarrier(f);
    m[f + FR_PC] = m[f + FR_LASTI] + 2; // (f_lineno of the frame afterwards: where it raised)
    if (flags & FF_GEN) {
      genLeave(f);
      finishGenerator(f, flags);
    }
    if (flags & FF_ENTRY) {
      m[f + FR_FLAGS] = (((m[f + FR_FLAGS] >> 1) & ~FF_ENTRY) << 1) | 1;
      setDepth(depth - 1);
      if (entry === 0) {
        // a driver loop: the thread's base frame raised, the thread ends
        if (threadFinished(0, exc) !== 0) return 0;
        unwindSwitched = true;
        return m[ts + 2];
      }
      m[ts + 2] = savedFrame;
      escapeToCaller(f, flags); // (the traceback holds this frame, and its f_back the caller)
      if (flags & FF_GEN) exc = convertStopIteration(f, exc);
      throw new EscapedException(exc);
    }
    const back = m[f + FR_BACK];
    if (flags & FF_GEN) {
      exc = convertStopIteration(f, exc);
      m[f + FR_BACK] = 0;
    }
    setDepth(depth - 1 - ((flags >> 9) & 1)); // FF_TPCALL (512): see enterTpCallDepth
    f = back;
    writeBarrier(f);
    m[ts + 2] = f;
    m[f + FR_LASTI] = m[f + FR_PC] - 2;
    addTraceback(exc, f, (m[f + FR_PC] >> 1) - 1);
    if (pyTracing()) exc = traceException(f, exc);
  }
}

/**
 * A safe point found tracing turned on or off (sys.settrace, sys.setprofile, here or on another
 * thread): the loop's flag follows (the frame switch after the safe point reloads `wb`, the
 * plain words under tracing). A safe point at a frame's RESUME gives that frame its 'call'
 * event, which the untraced RESUME skipped.
 */
function traceSwitched(was: boolean, ci: CodeInfo, f: number, spc: number): boolean {
  // (f: the frame the thread goes on with; this one, moved by the collection, when its code and
  // pc are the safe point's)
  const m = mem;
  if (!was && spc > 0 && m[f + FR_CODE] === ci.ref && m[f + FR_PC] >> 1 === spc && (ci.words[spc - 1] & 0xff) === 1) {
    traceStep(ci, f, spc - 1, f + (m[f + FR_SP] >> 1), false);
  }
  return !was;
}

/** Frame f's locals mapping for STORE_NAME/DELETE_NAME. Module or class code called as a
 *  function (`FunctionType(compile(src, ...), g)()`, a top-level-await coroutine) has none until
 *  it needs one: its globals, as CPython's _PyFunction_Vectorcall gives code without
 *  CO_OPTIMIZED (0 for a function's own code: the SystemError). */
function namespaceOf(f: number, ci: CodeInfo): number {
  const m = mem;
  const locals = m[f + FR_LOCALS];
  if (locals !== 0 || (ci.flags & 1) !== 0) return locals; // (CO_OPTIMIZED)
  writeBarrier(f);
  m[f + FR_LOCALS] = m[f + FR_GLOBALS];
  return m[f + FR_LOCALS];
}

/**
 * The instructions that are rare in hot code, out of the dispatch loop so that run() stays small:
 * V8 compiles it several times faster, and the first use of one of these after run() is
 * optimized no longer deoptimizes the whole loop. The frame's pc and sp are saved before the
 * call (as for any call out of the loop); returns the new sp, or 0 when the instruction
 * soft-raised (runtime/soft_raise.ts: only DELETE_SUBSCR, whose only caller is the safe-point
 * block, which checks it).
 */
function rareOp(op: number, arg: number, f: number, ci: CodeInfo, pc: number, sp: number): number {
  const m = mem;
  const names = ci.names;
  const lp = f + FR_LOCALSPLUS;
  switch (op) {
      case 0: // none: run()'s safe-point block calls this for a safe point too (see its `default`)
        return sp;
      case 7: { // LOAD_NAME
        const name = names[arg];
        const h = strHash(name);
        const locals = m[f + FR_LOCALS];
        let v = 0;
        // (module level, locals is globals and a dict, is run()'s case 7: LOAD_GLOBAL's cache)
        if (locals !== 0) {
          if ((m[locals] & 0x7ff) === L_DICT && typeOf(locals) === T.dict) v = dictGetH(locals, name, h);
          else v = mappingGetOpt(locals, name); // (a dict subclass: its __getitem__, as PyObject_GetItem)
        }
        if (v === 0) v = dictGetH(m[f + FR_GLOBALS], name, h);
        if (v === 0) v = builtinsGet(m[f + FR_BUILTINS], name);
        if (v === 0) raiseNameError(T.NameError, name, `name '${strJs(name)}' is not defined`);
        m[sp++] = v;
        return sp;
      }
      case 8: { // STORE_NAME
        const name = names[arg];
        const locals = namespaceOf(f, ci);
        const v = m[--sp];
        if (locals === 0) raise(T.SystemError, `no locals found when storing '${strJs(name)}'`);
        setitem(locals, name, v); // (an exact dict is run()'s case 8: cachedStoreName)
        return sp;
      }
      case 9: { // DELETE_NAME
        const name = names[arg];
        const locals = namespaceOf(f, ci);
        if (locals === 0) raise(T.SystemError, `no locals when deleting '${strJs(name)}'`);
        if ((m[locals] & 0x7ff) === L_DICT && typeOf(locals) === T.dict) {
          if (dictDelH(locals, name, strHash(name)) === 0) raiseNameError(T.NameError, name, `name '${strJs(name)}' is not defined`);
        } else delitem(locals, name);
        return sp;
      }
      case 11: { // STORE_GLOBAL
        const name = names[arg];
        if (STM_BUILD) padGlobals(m[f + FR_GLOBALS]); // per-global conflicts (objects/dict_padded.ts)
        dictSetH(m[f + FR_GLOBALS], name, strHash(name), m[--sp]);
        return sp;
      }
      case 12: { // DELETE_GLOBAL
        const name = names[arg];
        if (dictDelH(m[f + FR_GLOBALS], name, strHash(name)) === 0) raiseNameError(T.NameError, name, `name '${strJs(name)}' is not defined`);
        return sp;
      }
      case 15: // DELETE_FAST
        if (m[lp + arg] === 0) unboundLocal(ci, arg);
        m[lp + arg] = 0;
        return sp;
      case 18: { // DELETE_DEREF
        const cell = m[lp + ci.nlocals + arg];
        writeBarrier(cell);
        if (m[cell + CELL_CONTENTS] === 0) unboundDeref(ci, arg);
        m[cell + CELL_CONTENTS] = 0;
        return sp;
      }
      case 20: { // LOAD_CLASSDEREF
        const locals = m[f + FR_LOCALS];
        const name = derefName(ci, arg);
        let v = locals !== 0 ? ((m[locals] & 0x7ff) === L_DICT ? dictGetStr(locals, name) : mappingGetOpt(locals, name)) : 0;
        if (v === 0) {
          const cell = m[lp + ci.nlocals + arg];
          readBarrier(cell);
          v = m[cell + CELL_CONTENTS];
          if (v === 0) unboundDeref(ci, arg);
        }
        m[sp++] = v;
        return sp;
      }
      case 21: { // MAKE_CELL
        const a = ci.cell2arg[arg];
        const slot = lp + ci.nlocals + arg;
        m[slot] = newCell(a >= 0 ? m[lp + a] : 0);
        return sp;
      }
      case 22: { // COPY_FREE_VARS
        const closure = m[m[f + FR_FUNC] + FN_CLOSURE];
        const base = lp + ci.nlocals + ci.ncells;
        for (let i = 0; i < arg; i++) m[base + i] = tupleItem(closure, i);
        return sp;
      }
      case 25: // DELETE_ATTR
        delattr(m[--sp], names[arg]);
        return sp;
      case 28: // UNARY_POSITIVE
        m[sp - 1] = unaryOp(m[sp - 1], 'pos');
        return sp;
      case 31: // UNARY_INVERT
        m[sp - 1] = unaryOp(m[sp - 1], 'invert');
        return sp;
      case 37: { // DELETE_SUBSCR
        const key = m[--sp];
        const obj = m[--sp];
        if ((obj & 1) === 0 && (m[obj] & 0x7ff) === L_DICT && typeOf(obj) === T.dict) {
          // an exact dict's missing key: its KeyError soft-raised (run() raises it: 0 returned)
          if (dictDelH(obj, key, hashOf(key)) === 0) return softRaise(newException(T.KeyError, newTuple([key])));
          return sp;
        }
        delitem(obj, key);
        return sp;
      }
      case 38: { // BUILD_SLICE
        const step = arg === 3 ? m[--sp] : K.None;
        const stop = m[--sp];
        m[sp - 1] = newSlice(m[sp - 1], stop, step);
        return sp;
      }
      case 117: { // RQ_SLICE_SUBSCR: BUILD_SLICE 2 + BINARY_SUBSCR (interp/quicken.ts), [obj, start, stop]
        const r = sliceSubscr(m[sp - 3], m[sp - 2], m[sp - 1]);
        if (r === 0) return 0; // (soft-raised: an IndexError, a KeyError of a dict)
        m[sp - 3] = r;
        return sp - 2;
      }
      case 118: { // RQ_SLICE3_SUBSCR: BUILD_SLICE 3 + BINARY_SUBSCR (interp/quicken.ts), [obj, start, stop, step]
        let r = sliceStepped(m[sp - 4], m[sp - 3], m[sp - 2], m[sp - 1]);
        if (r === 0) r = subscrOrMiss(m[sp - 4], newSlice(m[sp - 3], m[sp - 2], m[sp - 1]));
        if (r === 0) return 0; // (soft-raised: a KeyError of a dict)
        m[sp - 4] = r;
        return sp - 3;
      }
      case 119: { // RQ_SLICE_STORE: BUILD_SLICE 2 + STORE_SUBSCR (interp/quicken.ts), [value, obj, start, stop]
        if (sliceStore(m[sp - 3], m[sp - 2], m[sp - 1], m[sp - 4]) === 0) setitem(m[sp - 3], newSlice(m[sp - 2], m[sp - 1], K.None), m[sp - 4]);
        return sp - 4;
      }
      case 41: { // BUILD_SET
        sp -= arg;
        const s = newSet();
        // tagged ints and strs straight from the stack (set_fast.ts: no guest code can run);
        // from the first other key on, by the general add (its __hash__/__eq__ may be Python)
        let i = 0;
        for (; i < arg; i++) {
          const x = m[sp + i];
          if ((x & 1) === 1 || (m[x] & 0x7ff) === L_STR) setAddKey(s, x);
          else break;
        }
        if (i < arg) {
          const items = new Array<number>(arg - i);
          for (let j = i; j < arg; j++) items[j - i] = m[sp + j];
          for (const x of items) setAdd(s, x);
        }
        m[sp++] = s;
        return sp;
      }
      case 42: { // BUILD_MAP
        sp -= 2 * arg;
        const items = new Array<number>(2 * arg);
        for (let i = 0; i < 2 * arg; i++) items[i] = m[sp + i];
        const d = newDict(T.dict, arg);
        for (let i = 0; i < arg; i++) dictSet(d, items[2 * i], items[2 * i + 1]);
        m[sp++] = d;
        return sp;
      }
      case 43: { // BUILD_CONST_KEY_MAP
        const keys = m[--sp];
        sp -= arg;
        const vals = new Array<number>(arg);
        for (let i = 0; i < arg; i++) vals[i] = m[sp + i];
        const d = newDict(T.dict, arg);
        for (let i = 0; i < arg; i++) dictSet(d, tupleItem(keys, i), vals[i]);
        m[sp++] = d;
        return sp;
      }
      case 44: { // BUILD_STRING
        sp -= arg;
        m[sp] = buildString(sp, arg); // (code point by code point: lone surrogates never pair)
        return sp + 1;
      }
      case 46: { // SET_ADD
        const v = m[--sp];
        if ((v & 1) === 1 || (m[v] & 0x7ff) === L_STR) setAddKey(m[sp - arg], v); // (set_fast.ts)
        else setAdd(m[sp - arg], v);
        return sp;
      }
      case 47: { // MAP_ADD
        const v = m[--sp];
        const k = m[--sp];
        dictSet(m[sp - arg], k, v);
        return sp;
      }
      case 48: { // LIST_EXTEND
        const v = m[--sp];
        listExtend(m[sp - arg], v, true);
        return sp;
      }
      case 49: { // SET_UPDATE
        const v = m[--sp];
        setUpdateFrom(m[sp - arg], v);
        return sp;
      }
      case 50: { // DICT_UPDATE
        const v = m[--sp];
        dictUpdateFrom(m[sp - arg], v, true);
        return sp;
      }
      case 51: { // DICT_MERGE
        const v = m[--sp];
        dictMergeFrom(m[sp - arg], v, m[sp - arg - 2]);
        return sp;
      }
      case 52: // LIST_TO_TUPLE
        m[sp - 1] = listToTuple(m[sp - 1]);
        return sp;
      case 54: { // UNPACK_EX
        const before = arg & 0xff;
        const after = arg >> 8;
        const seq = m[--sp];
        const items = unpackIterable(seq, -1);
        if (items.length < before + after) {
          typeErrorOr(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
        }
        const restEnd = items.length - after;
        for (let i = items.length - 1; i >= restEnd; i--) m[sp++] = items[i];
        m[sp++] = newList(items.slice(before, restEnd));
        for (let i = before - 1; i >= 0; i--) m[sp++] = items[i];
        return sp;
      }
      case 55: { // FORMAT_VALUE
        const spec = arg & 4 ? m[--sp] : 0;
        let v = m[sp - 1];
        const conv = arg & 3;
        if (conv === 1) v = pyStr(v);
        else if (conv === 2) v = repr(v);
        else if (conv === 3) v = asciiOf(v);
        if (spec === 0) {
          // format(x, '') of an exact str, int or float is str(x): no __format__ lookup and call
          if ((v & 1) === 1) {
            m[sp - 1] = decimalStr(v >> 1);
            return sp;
          }
          const l = m[v] & 0x7ff;
          if (l === L_STR || l === L_INT || l === L_FLOAT) {
            const t = typeOf(v);
            if (t === T.str) {
              m[sp - 1] = v; // (the !s/!r/!a conversion's result)
              return sp;
            }
            if (t === T.int || t === T.float) {
              m[sp - 1] = repr(v);
              return sp;
            }
          }
        }
        m[sp - 1] = formatValue(v, spec);
        return sp;
      }
      case 69: { // MAKE_FUNCTION
        const code = m[--sp];
        const closure = arg & 8 ? m[--sp] : K.None;
        const annotations = arg & 4 ? m[--sp] : K.None;
        const kwdefaults = arg & 2 ? m[--sp] : K.None;
        const defaults = arg & 1 ? m[--sp] : K.None;
        const globals = m[f + FR_GLOBALS];
        // (__module__ and the docstring through make_function.ts's caches: no dict lookup per
        // function made)
        const fn = newFunctionWith(code, globals, m[f + FR_BUILTINS], moduleNameFor(ci, pc - 1, globals), docFor(codeInfo(code)), defaults, kwdefaults, closure);
        if (annotations !== K.None) {
          const d = newDict();
          for (let i = 0; i + 1 < tupleLen(annotations); i += 2) dictSet(d, tupleItem(annotations, i), tupleItem(annotations, i + 1));
          m[fn + FN_ANNOTATIONS] = d;
        }
        m[sp++] = fn;
        return sp;
      }
      case 72: { // IMPORT_NAME
        const fromlist = m[--sp];
        const level = m[sp - 1];
        m[f + FR_PC] = (pc << 1) | 1; m[f + FR_SP] = ((sp - f) << 1) | 1;
        m[sp - 1] = importName(names[arg], m[f + FR_GLOBALS], fromlist, level);
        return sp;
      }
      case 73: // IMPORT_FROM
        m[sp] = importFrom(m[sp - 1], names[arg]);
        sp++;
        return sp;
      case 74: { // IMPORT_STAR
        const mod = m[--sp];
        importStar(mod, m[f + FR_LOCALS]);
        return sp;
      }
      case 75: // LOAD_BUILD_CLASS
        m[sp++] = builtinsGet(m[f + FR_BUILTINS], N.build_class) || raise(T.NameError, '__build_class__ not found');
        return sp;
      case 76: // LOAD_ASSERTION_ERROR
        m[sp++] = T.AssertionError;
        return sp;
      case 77: { // SETUP_ANNOTATIONS
        const locals = m[f + FR_LOCALS];
        if (locals === 0) raise(T.SystemError, 'no locals found when setting up annotations');
        if ((m[locals] & 0x7ff) === L_DICT) {
          if (dictGetStr(locals, N.annotations) === 0) dictSet(locals, N.annotations, newDict());
        } else {
          // a mapping given to exec(): __getitem__, and __setitem__ after a KeyError
          try {
            getitem(locals, N.annotations);
          } catch (e) {
            if (!(e instanceof PyException) || !isInstance(e.exc, T.KeyError)) throw e;
            setitem(locals, N.annotations, newDict());
          }
        }
        return sp;
      }
      case 78: // PRINT_EXPR
        displayHook(m[--sp]);
        return sp;
      case 82: // GET_AWAITABLE
        m[sp - 1] = getAwaitableOp(m[sp - 1], arg);
        return sp;
      case 83: // GET_AITER
        m[sp - 1] = getAIter(m[sp - 1]);
        return sp;
      case 84: // GET_ANEXT
        m[sp] = getANext(m[sp - 1]);
        sp++;
        return sp;
      case 85: { // END_ASYNC_FOR
        const exc = m[--sp];
        sp--;
        endAsyncFor(exc);
        return sp;
      }
      case 86: { // GET_YIELD_FROM_ITER
        const v = m[sp - 1];
        const l = (v & 1) === 0 ? m[v] & 0x7ff : 0;
        if (l === L_COROUTINE) {
          if (!(ci.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        } else if (l !== L_GENERATOR) m[sp - 1] = iter(v);
        return sp;
      }
      case 87: // ASYNC_GEN_WRAP
        m[sp - 1] = asyncGenWrap(m[sp - 1]);
        return sp;
      case 88: { // BEFORE_WITH
        const [exit, entered] = beforeWith(m[sp - 1], false);
        m[sp - 1] = exit;
        m[sp++] = entered;
        return sp;
      }
      case 89: { // BEFORE_ASYNC_WITH
        const [exit, entered] = beforeWith(m[sp - 1], true);
        m[sp - 1] = exit;
        m[sp++] = entered;
        return sp;
      }
      case 90: // WITH_EXCEPT_START
        m[sp] = withExceptStart(m[sp - 4], m[sp - 1]);
        sp++;
        return sp;
      case 94: { // CHECK_EXC_MATCH
        const t = m[sp - 1];
        m[sp - 1] = exceptionMatches(m[sp - 2], t) ? K.True : K.False;
        return sp;
      }
      case 95: { // CHECK_EG_MATCH
        const t = m[--sp];
        const [rest, match] = checkEgMatch(m[sp - 1], t);
        m[sp - 1] = rest;
        m[sp++] = match;
        // the clause runs with the matched part as the handled exception (sys.exception(),
        // the __context__ of what it raises), as CPython's PyErr_SetExcInfo here
        if (match !== K.None) setHandledException(match);
        return sp;
      }
      case 96: { // PREP_RERAISE_STAR
        const list = m[--sp];
        m[sp - 1] = prepReraiseStar(m[sp - 1], list);
        return sp;
      }
      case 97: { // MATCH_CLASS
        const kwnames = m[--sp];
        const cls = m[--sp];
        m[sp - 1] = matchClass(m[sp - 1], cls, arg, kwnames);
        return sp;
      }
      case 98: // MATCH_MAPPING
        m[sp] = isMappingForMatch(m[sp - 1]) ? K.True : K.False;
        sp++;
        return sp;
      case 99: // MATCH_SEQUENCE
        m[sp] = isSequenceForMatch(m[sp - 1]) ? K.True : K.False;
        sp++;
        return sp;
      case 100: // MATCH_KEYS
        m[sp] = matchKeys(m[sp - 2], m[sp - 1]);
        sp++;
        return sp;
      case 101: // GET_LEN
        m[sp] = lenObject(m[sp - 1]);
        sp++;
        return sp;
    default:
      throw new Error(`internal: unknown opcode ${op} at ${ci.qualname}:${pc - 1}`);
  }
}

/** A generator frame returned into an instruction other than the FOR_ITER or SEND that resumes
 *  generators (run() returns into those in place): a VM bug. */
function badGenReturn(op: number): never {
  throw new Error(`internal: generator returned into ${op}`);
}

// ── helpers ──────────────────────────────────────────────────────────────────
function requestFullCollection(): void {
  mem[G_MAJOR_REQUESTED] = 1;
  requestSafePoint();
}
import { G_MAJOR_REQUESTED } from '../../stmgc/layout';
import { requestSafePoint } from '../../stmgc/heap';
// (run() keeps its registers in plain locals: a closure capturing them would move pc/sp into a
// heap context and slow every instruction down; frame switches are written out inline.)

/** What PUSH_EXC_INFO saves in a generator with no exception of its own (a tagged -1). */
const CALLER_EXC_MARK = -1;

/** POP_EXCEPT's restore of the exception handled before an except block (prev, saved below the
 *  exception by PUSH_EXC_INFO; a generator's marker: its caller's); also a jump out of the block
 *  (interp/py_jump.ts). */
export function restoreExcInfo(f: number, prev: number): void {
  if (prev === CALLER_EXC_MARK) {
    mem[f + FR_FLAGS] = (((mem[f + FR_FLAGS] >> 1) & ~FF_OWN_EXC) << 1) | 1;
    setHandledException(mem[f + FR_CALLER_EXC]);
    // back to "nothing of its own": both words 0 (no stale exception kept alive by the frame)
    mem[f + FR_CALLER_EXC] = 0;
    mem[f + FR_GEN_EXC] = 0;
  } else setHandledException(prev === K.None ? 0 : prev);
}

/**
 * A generator frame starts running. Only a generator handling an exception of its own
 * (FF_OWN_EXC: suspended inside an except block) swaps the thread's handled exception: the
 * caller's is saved in FR_CALLER_EXC and the generator's own becomes the thread's. One with
 * nothing of its own runs with the caller's exception as it is (nothing to save: PUSH_EXC_INFO
 * saves it when the generator first handles one, and leaving restores it only under
 * FF_OWN_EXC); so the common resume and yield read the flags word only (vm/NOTES.md "h27-gen").
 */
export function genEnter(g: number): void {
  if (((mem[g + FR_FLAGS] >> 1) & FF_OWN_EXC) !== 0) {
    mem[g + FR_CALLER_EXC] = handledException();
    setHandledException(mem[g + FR_GEN_EXC]);
  }
}

/** A generator frame suspends or ends: remember what it was handling, restore the caller's
 *  (only under FF_OWN_EXC: see genEnter). */
function genLeave(g: number): void {
  if (((mem[g + FR_FLAGS] >> 1) & FF_OWN_EXC) !== 0) {
    mem[g + FR_GEN_EXC] = handledException();
    setHandledException(mem[g + FR_CALLER_EXC]);
    mem[g + FR_CALLER_EXC] = 0;
  }
}

/** One more Python frame on this thread: RecursionError past the limit. */
function enterDepth(): void {
  setDepth(depth + 1);
  if (depth > recursionLimit) {
    setDepth(depth - 1);
    recursionError();
  }
}

/** A frame pushed through CPython's tp_call (an inlined `Class(...)` running its __init__, an
 *  instance's __call__): 2 levels, as in CPython (_PyObject_MakeTpCall's recursion check, then
 *  the frame), so such a recursion stops at the same depth. The frame has FF_TPCALL, and leaving
 *  it gives both back. */
function enterTpCallDepth(): void {
  setDepth(depth + 2);
  if (depth > recursionLimit) {
    setDepth(depth - 2);
    recursionError();
  }
}

/** Checks that generator `gen` can run, marks it running and returns its frame (write-barriered;
 *  the caller loads its registers and pushes the value sent), or 0 when it has finished. */
function prepareResume(gen: number): number {
  const m = mem;
  const g = m[gen + GEN_FRAME];
  writeBarrier(g);
  const flags = m[g + FR_FLAGS] >> 1;
  if (flags & FF_RUNNING) typeError(`${genKindName(gen)} already executing`);
  if (flags & FF_DONE) {
    // gen_send_ex2: a finished coroutine refuses; a finished generator has returned None (0)
    if ((m[gen] & 0x7ff) === L_COROUTINE) raise(T.RuntimeError, 'cannot reuse already awaited coroutine');
    return 0;
  }
  m[g + FR_FLAGS] = ((flags | FF_RUNNING | 32) << 1) | 1; // 32: FF_STARTED (generator.ts)
  if (flags & FF_OWN_EXC) genEnter(g);
  return g;
}
function findHandler(t: Int32Array, lasti: number): number {
  for (let i = 0; i < t.length; i += 5) if (lasti >= t[i] && lasti < t[i + 1]) return i;
  return -1;
}

function recursionError(): never {
  return raise(T.RecursionError, 'maximum recursion depth exceeded');
}

function unboundLocal(ci: CodeInfo, i: number): never {
  return raise(T.UnboundLocalError, `cannot access local variable '${strJs(ci.varnames[i])}' where it is not associated with a value`);
}

function derefName(ci: CodeInfo, i: number): number {
  const cells = mem[ci.ref + 5];
  const frees = mem[ci.ref + 6];
  return i < tupleLen(cells) ? tupleItem(cells, i) : tupleItem(frees, i - tupleLen(cells));
}

function unboundDeref(ci: CodeInfo, i: number): never {
  const name = strJs(derefName(ci, i));
  if (i < ci.ncells) return raise(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  return raise(T.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function builtinsGet(b: number, name: number): number {
  const l = mem[b] & 0x7ff;
  if (l === L_DICT && typeOf(b) === T.dict) return dictGetStr(b, name);
  if (l === L_MODULE_B) return dictGetStr(mem[b + 3], name); // a module object as __builtins__
  return mappingGetOpt(b, name); // any other object (a mapping, a dict subclass) as PyObject_GetItem
}
import { L_MODULE as L_MODULE_B } from '../runtime/layouts';


/** The dict word of obj (0, a dict, or an inline instance's map: objects/inline_values.ts). */
function instanceDictFast(obj: number): number {
  if ((obj & 1) === 1) return 0;
  const l = mem[obj] & 0x7ff;
  // (L_ITER and L_DICTVIEW have a class word too, below L_TYPE: a Python subclass of
  // _random.Random is an L_ITER whose instance dict may shadow a builtin method)
  if (l < FIRST_CLASS_WORD_LAYOUT && CLASS_WORD[l] !== 1) return 0;
  readBarrier(obj);
  return mem[obj + 3];
}
import { L_TYPE as FIRST_CLASS_WORD_LAYOUT, CLASS_WORD } from '../runtime/layouts';

/** 1 when the instruction at heap index `at` (run()'s words) is a POP_TOP that a call's result may skip (the call then neither
 *  pushes its result nor dispatches the POP_TOP), else 0. Never under --trace: it prints every
 *  instruction of the code object's words. (A POP_TOP is never part of a fused pair, never raises
 *  and never a safe point: nothing observable is skipped.) */
function dropsResult(m: Int32Array, at: number, tracing: boolean): number {
  return !tracing && (m[at] & 0xff) === POP_TOP ? 1 : 0;
}

/** A truth test of anything but True/False (POP_JUMP_IF_*, UNARY_NOT): an object's __bool__ or
 *  __len__ may run Python code. (The pc is saved for every value: a store is cheaper than a
 *  test, and a branch first taken after run() was optimized would deoptimize it.) */
function truthyAt(v: number, f: number, pc: number, wb: number): boolean {
  savePc(f, pc, wb);
  return truthy(v);
}

/** FOR_ITER's protocol path (an iterator class's __next__, a generator already exhausted). */
function nextAt(it: number, f: number, pc: number, wb: number, sp: number, pair: number): number {
  savePc(f, pc, wb);
  return forNext(it, sp, pair);
}

/** COMPARE_OP of anything but two tagged ints: two floats without the protocol, else the rich
 *  comparison; True/False or whatever it returned. */
function compareOther(a: number, b: number, op: number, fr: number, pc: number, wb: number): number {
  const m = mem;
  // two exact floats, or an exact float and a tagged int (|int| < 2^30: exact as a double, so the
  // JS compare is CPython's float/int compare; NaN compares false, != true), without the protocol
  // (go's `s > 0` of a float score). run() never passes two tagged ints.
  const ia = (a & 1) === 1;
  const ib = (b & 1) === 1;
  const fa = !ia && (m[a] & 0x7ff) === L_FLOAT;
  const fb = !ib && (m[b] & 0x7ff) === L_FLOAT;
  if ((fa || ia) && (fb || ib)) {
    // both constants loaded whatever the outcome: a load on one side only has no feedback until
    // the first compare that goes the other way, which then deoptimizes run(), where this is
    // inlined (vm/NOTES.md "Every site has feedback": raytrace's and mandelbrot's pool worker)
    const t = K.True;
    const f = K.False;
    const sa = a >> 1;
    const sb = b >> 1;
    return compareNumbers(fa ? floatValue(a) : sa, fb ? floatValue(b) : sb, op) ? t : f;
  }
  savePc(fr, pc, wb);
  return compareStrsOrRich(a, b, op);
}

/** The rich comparison, two strs first (an L_STR is an exact str: a subclass instance is boxed),
 *  compared in the heap without the protocol. One call site for both: what compareOther's
 *  callers feed is unchanged (vm/NOTES.md "Every site has feedback"). */
function compareStrsOrRich(a: number, b: number, op: number): number {
  const m = mem;
  if (((a | b) & 1) === 0 && (m[a] & 0x7ff) === L_STR && (m[b] & 0x7ff) === L_STR) {
    const r = op === 2 || op === 3 ? (a === b || strEquals(a, b)) === (op === 2) : compareNumbers(strCompare(a, b), 0, op);
    return r ? K.True : K.False;
  }
  return richCompareSoft(a, b, op); // (0: an unsupported order compare soft-raised)
}

function compareNumbers(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
}

/** LOAD_METHOD without a cache hit: [method, self] or [NULL, attribute] at sp - 1, sp; 1, or 0
 *  when the attribute is missing (its AttributeError soft-raised: runtime/soft_raise.ts). */
function loadMethodSlow(obj: number, name: number, sp: number): number {
  const m = mem;
  if ((obj & 1) === 0 && (m[obj] & 0x7ff) >= FIRST_CLASS_WORD_LAYOUT) readBarrier(obj); // class word
  const ti = typeInfo(typeOf(obj));
  if (ti.slots.getattro === objectGetattro) {
    const d = ti.lookup(name);
    if (d !== 0 && (d & 1) === 0) {
      const l = m[d] & 0x7ff;
      if (l === L_FUNCTION || (l === L_BUILTIN && m[d + 5] === 3)) {
        const dict = instanceDictFast(obj);
        if (dict === 0 || ((m[dict] & 0x7ff) === L_TUPLE ? mapIndexInterned(dict, name) < 0 : dictGetH(dict, name, strHash(name)) === 0)) {
          m[sp - 1] = d;
          m[sp] = obj;
          return 1;
        }
      }
    }
    const v = genericGetattr(obj, name);
    if (v === 0) return getattrSoft(obj, name); // (soft-raises the AttributeError)
    m[sp - 1] = 0;
    m[sp] = v;
    return 1;
  }
  const v = getattrSoft(obj, name);
  if (v === 0) return 0;
  m[sp - 1] = 0;
  m[sp] = v;
  return 1;
}

/** The Python function `__call__` of `obj`'s class (0 when there is none or it is not a plain
 *  Python function: a builtin slot, a staticmethod...). */
function pythonCallDunder(obj: number): number {
  const d = typeInfo(typeOf(obj)).lookup(N.call);
  return d !== 0 && (d & 1) === 0 && (mem[d] & 0x7ff) === L_FUNCTION ? d : 0;
}

// The builtins CPython 3.11 specializes CALL for (CALL_NO_KW_LEN, _ISINSTANCE, _LIST_APPEND):
// called with exactly their positional arguments, they run here without an arguments array or
// the builtin's generic entry. Found once per thread (builtins are pinned: the references are
// the same on every worker and never move); a rebound `len` is another object and misses.
let callLen = -1;
let callIsinstance = 0;
let callListAppend = 0;
let callSetAdd = 0;
let callDictGet = 0;
let callGetattr = 0;
function findCallFast(): void {
  callSetAdd = dictGetStr(mem[T.set + TY_DICT], intern('add'));
  callDictGet = dictGetStr(mem[T.dict + TY_DICT], intern('get'));
  const b = builtinsDictOf();
  callGetattr = dictGetStr(b, intern('getattr'));
  callLen = dictGetStr(b, intern('len'));
  callIsinstance = dictGetStr(b, intern('isinstance'));
  callListAppend = dictGetStr(mem[T.list + TY_DICT], intern('append'));
}

/**
 * CONTAINS_OP: `in` on an exact set, frozenset or dict with a tagged int or str key goes straight
 * to the table probe (no TypeInfo, no closure for the unhashable-set fallback, which such keys
 * never need); anything else through the protocol. 1 (found) or 0; -1 when the key of an exact
 * set, frozenset or dict is an exact list, dict, bytearray (or a set, for a dict): its
 * `unhashable type` TypeError soft-raised (runtime/soft_raise.ts; ~2.9 µs as a JS throw).
 */
function containsOp(container: number, v: number, f: number, pc: number, wb: number): number {
  const m = mem;
  if ((container & 1) === 0 && ((v & 1) === 1 || (m[v] & 0x7ff) === L_STR)) {
    const l = m[container] & 0x7ff;
    if (l === L_SET || l === L_FROZENSET) {
      const cls = m[container + 2];
      if (cls === T.set || cls === T.frozenset) return setHasKey(container, v) ? 1 : 0;
    } else if (l === L_DICT && m[container + 2] === T.dict) return dictGetH(container, v, hashOf(v)) !== 0 ? 1 : 0;
  }
  savePc(f, pc, wb);
  if ((container & 1) === 0 && (v & 1) === 0 && unhashableIn(container, v)) {
    softTypeMessage(T.TypeError, ["unhashable type: '", "'"], [v]);
    return -1;
  }
  return contains(container, v) ? 1 : 0;
}

/** `v in container` of an exact set, frozenset or dict is a TypeError for key v: an exact list,
 *  dict or bytearray (their hash slots raise), or a set for a dict (a set's own `in` retries a set
 *  key as a frozenset). */
function unhashableIn(container: number, v: number): boolean {
  const cls = mem[container + 2]; // (the class word of every layout tested below)
  const l = mem[container] & 0x7ff;
  const isDict = l === L_DICT && cls === T.dict;
  if (!isDict && !((l === L_SET || l === L_FROZENSET) && (cls === T.set || cls === T.frozenset))) return false;
  const t = typeOf(v);
  return t === T.list || t === T.dict || t === T.bytearray || (isDict && t === T.set);
}

/** CALL of anything but a Python function or an inlined class, with the arguments on the stack. */
function callFromStack(callable: number, src: number, n: number, kwnames: number, selfFirst = false): number {
  const m = mem;
  if (kwnames === 0) {
    if (callLen === -1) findCallFast();
    if (n === 1 && callable === callLen) {
      // an exact list (its length word, after the read barrier), a str or a tuple (immutable:
      // no barrier) without the type's len slot; anything else (subclasses: __len__) through it
      const x = m[src];
      if ((x & 1) === 0) {
        const l = m[x] & 0x7ff;
        if (l === L_LIST) {
          if (STM_BUILD && (m[x + 1] > txSnapshot || (txActive && readMarks[x >> 1] === 0)) && m[x + 1] !== txLock) readBarrier(x);
          if (m[x + 2] === T.list) return m[x + LI_LEN];
        } else if (l === L_STR) return (m[x + 3] << 1) | 1;
        else if (l === L_TUPLE) return m[x + 2];
        else if ((l === L_SET || l === L_FROZENSET) && (m[x + 2] === T.set || m[x + 2] === T.frozenset)) return (setLen(x) << 1) | 1;
      }
      return lenSoft(x); // (no len slot: the TypeError soft-raised)
    }
    if (n === 1 && ((m[src] & 1) === 1 || (m[m[src]] & 0x7ff) === L_FLOAT) && (callable & 1) === 0 && (m[callable] & 0x7ff) === L_BUILTIN) {
      // math.sin(x) and the other "float -> float" builtins of one exact float or tagged int: the
      // libm function called with the double (objects/builtin_function.ts float1Of; the table is
      // asked only for a numeric argument); a result that is not finite (an error, or inf/nan in
      // and out) is left to the builtin itself
      const fn = float1Of(callable);
      if (fn !== undefined) {
        const x = m[src];
        const r = fn((x & 1) === 1 ? x >> 1 : floatValue(x));
        if (r - r === 0) return newFloat(r);
      }
    }
    if (n === 2) {
      if (callable === callListAppend) {
        const l = m[src];
        if ((l & 1) === 0 && (m[l] & 0x7ff) === L_LIST) {
          listAppend(l, m[src + 1]);
          return K.None;
        }
      } else if (callable === callSetAdd) {
        const s = m[src];
        const key = m[src + 1];
        if ((s & 1) === 0 && (m[s] & 0x7ff) === L_SET) {
          // a tagged int or str key: set_fast.ts (no hashOf dispatch, no keyEq for ints)
          if ((key & 1) === 1 || (m[key] & 0x7ff) === L_STR) setAddKey(s, key);
          else setAdd(s, key);
          return K.None;
        }
      } else if (callable === callDictGet) {
        // d.get(k) of an exact dict or subclass (the method is dict's own) and a tagged int or
        // str key: the table probe, as CONTAINS_OP's (no arguments array, no impl)
        const d = m[src];
        const key = m[src + 1];
        if ((d & 1) === 0 && (m[d] & 0x7ff) === L_DICT && ((key & 1) === 1 || (m[key] & 0x7ff) === L_STR)) {
          const v = dictGetH(d, key, hashOf(key));
          return v !== 0 ? v : K.None;
        }
      } else if (callable === callGetattr) {
        return getattr2(m[src], m[src + 1]); // (a missing attribute soft-raised)
      } else if (callable === callIsinstance) {
        // a class whose metaclass is type: no __instancecheck__ (builtins.isinstanceImpl); only a
        // hit is certain here (a miss may still match through an instance's `__class__`)
        const cls = m[src + 1];
        if ((cls & 1) === 0 && (m[cls] & 0x7ff) === L_TYPE && typeOf(cls) === T.type && isSubtype(typeOf(m[src]), cls)) return K.True;
      }
    }
    if (callable === T.range) {
      // range() of tagged small ints (a loop's usual `range(n)`): no arguments array, no bigints
      const a0 = m[src], a1 = n > 1 ? m[src + 1] : 3, a2 = n > 2 ? m[src + 2] : 3;
      if (n >= 1 && n <= 3 && (a0 & a1 & a2 & 1) === 1 && a2 !== 1) return n === 1 ? newRangeSmall(1, a0, 3) : newRangeSmall(a0, a1, a2);
    } else if (callable === T.type && n === 1) {
      return typeOf(m[src]); // type(x): the object's own type (not its __class__), as type_call's one-argument case
    } else if (callable === T.str && n === 1) {
      // str() of a tagged int (its digits straight into the str) or of an exact str (itself)
      const x = m[src];
      if ((x & 1) === 1) return decimalStr(x >> 1);
      if ((m[x] & 0x7ff) === L_STR && typeOf(x) === T.str) return x;
    } else if (callable === T.int && n === 1) {
      // int() of a tagged int (itself) or of an exact finite float (truncated)
      const x = m[src];
      if ((x & 1) === 1) return x;
      if ((m[x] & 0x7ff) === L_STR && typeOf(x) === T.str) return intOfStrBaseSoft(x, 10); // (a bad literal soft-raised)
      if ((m[x] & 0x7ff) === L_FLOAT) {
        const d = floatValue(x);
        if (d - d === 0) return intFromNumber(Math.trunc(d));
      }
    } else if (callable === T.int && n === 2) {
      // int(s, base) of an exact str and a valid tagged base (a bad literal soft-raised)
      const x = m[src];
      const b = m[src + 1];
      const base = b >> 1;
      if ((x & 1) === 0 && (m[x] & 0x7ff) === L_STR && (b & 1) === 1 && (base === 0 || (base >= 2 && base <= 36))) return intOfStrBaseSoft(x, base);
    } else if (callable === T.float && n === 1) {
      // float(s) of an exact str (a text that is not a float soft-raised)
      const x = m[src];
      if ((x & 1) === 0 && (m[x] & 0x7ff) === L_STR) return floatOfStrSoft(x);
    }
  }
  const args = new Array<number>(n);
  for (let i = 0; i < n; i++) args[i] = m[src + i];
  // (selfFirst: LOAD_METHOD's self, of the method descriptor's class: no self check)
  if ((callable & 1) === 0 && (m[callable] & 0x7ff) === L_BUILTIN) return selfFirst ? callBuiltinMethodSoft(callable, args, kwnames) : callBuiltinSoft(callable, args, kwnames);
  return callObject(callable, args, kwnames);
}

/** callFromStack under tracing: a builtin function or method is called between the profile
 *  function's events (interp/py_trace.ts profiledBuiltin). */
function profiledCall(callable: number, src: number, n: number, kwnames: number, selfFirst: boolean): number {
  const fn = profiledBuiltin(callable, n > 0 ? mem[src] : 0);
  // (under a profile function a soft-raised exception is thrown, for its 'c_exception' event)
  return fn === 0 ? callFromStack(callable, src, n, kwnames, selfFirst) : profiledBuiltinCall(fn, () => orThrow(callFromStack(callable, src, n, kwnames, selfFirst)));
}

/** CALL_FUNCTION_EX's result when callEx did not return a frame. */
let callExResult = 0;

/**
 * CALL_FUNCTION_EX (the operands below sp): a Python function (or a bound Python method: thread
 * targets and callbacks run in the loop, so that they may block and park their thread) gets a
 * frame, returned for the loop to push; anything else is called here (0, result in callExResult).
 */
function callEx(arg: number, sp: number): number {
  const m = mem;
  const kw = arg & 1 ? m[--sp] : 0;
  const argsTuple = m[--sp];
  let callable = m[--sp];
  const items = (argsTuple & 1) === 0 && (m[argsTuple] & 0x7ff) === L_TUPLE && typeOf(argsTuple) === T.tuple ? tupleItemsOf(argsTuple) : starArgItems(callable, argsTuple);
  let kwnames = 0;
  if (kw !== 0) {
    const pairs = dictItemsOf(kw);
    for (const [k] of pairs) if ((k & 1) === 1 || ((m[k] & 0x7ff) !== L_STR && !isInstance(k, T.str))) typeError('keywords must be strings');
    if (pairs.length > 0) {
      kwnames = newTuple(pairs.map((p) => p[0]));
      for (const [, v] of pairs) items.push(v);
    }
  }
  if ((callable & 1) === 0 && (m[callable] & 0x7ff) === L_METHOD && (m[callable + M_FUNC] & 1) === 0 && (m[m[callable + M_FUNC]] & 0x7ff) === L_FUNCTION) {
    items.unshift(m[callable + M_SELF]);
    callable = m[callable + M_FUNC];
  }
  if ((callable & 1) === 0 && (m[callable] & 0x7ff) === L_FUNCTION) {
    readBarrier(callable);
    const cci = codeInfo(m[callable + FN_CODE]);
    const callee = newFrame(callable, cci);
    bindArguments(callee, callable, cci, items, kwnames);
    return callee;
  }
  const fn = pyTracing() ? profiledBuiltin(callable, items.length > 0 ? items[0] : 0) : 0;
  callExResult = fn === 0 ? callObject(callable, items, kwnames) : profiledBuiltinCall(fn, () => callObject(callable, items, kwnames));
  return 0;
}

/**
 * BINARY_OP without a call into the protocol for the common operand types other than two tagged
 * ints: float with float or with a tagged int (interp/float_binop.ts, which may also do the next
 * BINARY_OP of a fused pair: `next` is its word or 0, `below` its left operand; it then returns
 * the negated reference), ints below 2^53 on JS numbers, str + str, tuple + tuple. 0: take the generic path.
 */
function binaryFast(op: number, a: number, b: number, next: number, below: number): number {
  if ((a & b & 1) === 1) return intBinarySmall(op, a, b); // (BINARY_OP's tagged add/subtract did not fit)
  const m = mem;
  const la = (a & 1) === 1 ? -1 : m[a] & 0x7ff;
  const lb = (b & 1) === 1 ? -1 : m[b] & 0x7ff;
  if (la === L_FLOAT) return lb === L_FLOAT || lb === -1 ? floatBinary(op, a, b, next, below) : 0;
  if (lb === L_FLOAT) return la === -1 ? floatBinary(op, a, b, next, below) : 0;
  if (la === L_STR) return op === 0 && lb === L_STR ? strConcat(a, b) : 0;
  if (la === L_TUPLE) return op === 0 && lb === L_TUPLE ? tupleConcat(a, b, true, true) : 0; // (also +=: immutable)
  if (la === L_INSTANCE) return 0; // (a Python __op__: binopFrame, or the protocol)
  // ints beyond 31 bits but below 2^53 stay on JS numbers
  const x = smallOrMedium(a);
  if (x === x) {
    const y = smallOrMedium(b);
    if (y === y) return intBinaryNumber(op, x, y);
  }
  return 0;
}

function unpackIterable(seq: number, expected: number, f = 0, pc = 0, wb = 0): number[] {
  const l = (seq & 1) === 0 ? mem[seq] & 0x7ff : 0;
  if (l === L_LIST) return listItems(seq);
  if (l === L_TUPLE) return tupleItemsOf(seq);
  if (f !== 0) savePc(f, pc, wb);
  const s = typeInfo(typeOf(seq)).slots;
  if (s.iter === null && s.getitem === null) typeError(`cannot unpack non-iterable ${tname(seq)} object`);
  const it = iter(seq);
  const out: number[] = [];
  for (let x = pyNext(it); x !== 0; x = pyNext(it)) {
    out.push(x);
    if (expected >= 0 && out.length > expected) break;
  }
  return out;
}

/** UNPACK_SEQUENCE's ValueError of a sequence of `got` items for `expected` names (CPython's words). */
function unpackException(got: number, expected: number): number {
  if (got > expected) return excWithMessage(T.ValueError, `too many values to unpack (expected ${expected})`);
  return excWithMessage(T.ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

function typeErrorOr(msg: string): never {
  return raise(T.ValueError, msg);
}

function tupleItemsOf(t: number): number[] {
  const n = tupleLen(t);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = tupleItem(t, i);
  return out;
}

function lenObject(v: number): number {
  const f = typeInfo(typeOf(v)).slots.len;
  if (f === null) typeError(`object of type '${tname(v)}' has no len()`);
  return intFromNumber(f!(v)); // (a length of 2**30 or more is not a small int)
}

function genKindName(gen: number): string {
  return (mem[gen] & 0x7ff) === L_COROUTINE ? 'coroutine' : 'generator';
}

/** A generator frame finished (returned or raised): mark it done. */
function finishGenerator(f: number, flags: number): void {
  mem[f + FR_FLAGS] = (((flags | FF_DONE) & ~FF_RUNNING) << 1) | 1;
}

/** PEP 479: StopIteration escaping a generator becomes RuntimeError. */
function convertStopIteration(f: number, exc: number): number {
  if (isInstance(exc, T.StopIteration) || isInstance(exc, T.StopAsyncIteration)) {
    const gen = mem[f + FR_AUX];
    const kind = (mem[gen] & 0x7ff) === L_COROUTINE ? 'coroutine' : isInstance(exc, T.StopAsyncIteration) ? 'async generator' : 'generator';
    const isAsyncStop = isInstance(exc, T.StopAsyncIteration);
    if (isAsyncStop && kind !== 'async generator') return exc;
    const r = excWithMessage(T.RuntimeError, `${kind} raised ${isAsyncStop ? 'StopAsyncIteration' : 'StopIteration'}`);
    mem[r + 6] = exc; // __cause__
    mem[r + 7] = exc; // __context__
    mem[r + 8] = 3; // __suppress_context__ = True
    return r;
  }
  return exc;
}

/** A send() to a non-generator receiver (yield from an arbitrary iterator). */
function sendTo(recv: number, v: number): { done: boolean; value: number } {
  if (v === K.None) {
    const ti = typeInfo(typeOf(recv));
    const f = ti.slots.next;
    if (f !== null) {
      try {
        // (a class's own __next__ is called as a method: the `next` slot drops the value of the
        // StopIteration that ends it, which is what `yield from` returns)
        const own = ti.lookup(internNext());
        const r = own !== 0 && (own & 1) === 0 && (mem[own] & 0x7ff) === L_FUNCTION ? callFound(recv, own, []) : f(recv);
        if (r === 0) return { done: true, value: K.None };
        return { done: false, value: r };
      } catch (e) {
        if (e instanceof PyException && isInstance(e.exc, T.StopIteration)) return { done: true, value: stopValue(e.exc) };
        throw e;
      }
    }
  }
  try {
    return { done: false, value: callFound(recv, typeInfo(typeOf(recv)).lookup(internSend()) || raise(T.AttributeError, `'${tname(recv)}' object has no attribute 'send'`), [v]) };
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.StopIteration)) return { done: true, value: stopValue(e.exc) };
    throw e;
  }
}

import { intern } from '../objects/str_core';
let sendName = 0;
function internSend(): number {
  if (sendName === 0) sendName = intern('send');
  return sendName;
}
let nextName = 0;
function internNext(): number {
  if (nextName === 0) nextName = intern('__next__');
  return nextName;
}

export function stopValue(exc: number): number {
  const args = mem[exc + 4];
  return args !== 0 && tupleLen(args) > 0 ? tupleItem(args, 0) : K.None;
}

function asciiOf(v: number): number {
  const s = strJs(repr(v));
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return newStr(out);
}

function dictItemsOf(d: number): [number, number][] {
  if ((mem[d] & 0x7ff) !== L_DICT) typeError('argument after ** must be a mapping');
  return dictItems(d); // (barriered: the dict, and the values of a large entries vector)
}

import { mapIndexInterned } from '../objects/inline_values';
import { builtinsDictOf, getattr2 } from '../builtins/builtins_module';
import { TY_DICT, isSubtype } from '../objects/type_core';
const NO_ARGS: number[] = [];

export const _keep = [FR_GLOBALS, FR_BUILTINS, L_BOOL, _LL, excWithMessage, newException, FR_FUNC, FR_CODE, FR_LASTI, handledException, buildClass, newTuple, LI_ITEMS, getattr];
