// `Class(args)` run as a frame of its Python `__init__` in run()'s own loop (CALL's L_TYPE case):
// the instance made here, the `__init__` frame with self and the arguments bound, RETURN_VALUE
// pushes the instance (FF_INIT). Whether a class qualifies (exact metaclass `type`, object's
// __new__, a Python function as `__init__`) is asked once per class: the answer is kept on its
// TypeInfo (`inlineInit`), which a class change anywhere drops, as binop_frame.ts keeps the
// dunders of BINARY_OP (vm/NOTES.md "h29-calls").
import { mem } from '../../stmgc/heap';
import { GC_OLD } from '../../stmgc/layout';
import { readBarrier } from '../../stmgc/barriers';
import { L_FUNCTION, L_INSTANCE } from '../runtime/layouts';
import { T, typeOf } from '../runtime/types';
import { names as N } from '../runtime/protocol';
import { codeInfo } from '../objects/code';
import { FN_CODE } from '../objects/function';
import { newInstanceOf, objectNewSlot } from '../objects/object';
import { TF_ABSTRACT, TF_HAS_DICT, TY_LAYOUT, TY_NSLOTS, typeFlags, typeInfo, type TypeInfo } from '../objects/type_core';
import { allocInstanceWords } from '../objects/inline_values';
import { FR_AUX, FR_LOCALSPLUS } from './frame_layout';
import { bindArguments, bindWithDefaults, isSimpleCall, newFrame } from './frame';
import { bindKeywords } from './kw_bind';

const NO_ARGS: number[] = [];

/** The `__init__` function a call of the class `ti` describes runs inline, or 0 when the call
 *  needs the general path (another metaclass is checked by the caller: the class word). Kept on
 *  the TypeInfo when it cannot change without a class change: 0, or a function no collection can
 *  move (an old one; a function still in the nursery is looked up again, as ti.lookup does). */
function inlineInitOf(ti: TypeInfo): number {
  let init = 0;
  if (ti.slots.new === objectNewSlot()) {
    const v = ti.lookup(N.init);
    if (v !== 0 && (v & 1) === 0 && (mem[v] & 0x7ff) === L_FUNCTION) init = v;
  }
  if (init === 0 || (mem[init] & GC_OLD) !== 0) ti.inlineInit = init;
  return init;
}

/** TypeInfo.instWords of class `cls` (its flags `flags`): what allocInstanceOf allocates for a
 *  plain instance without a `__dict__` (no inline capacity) of a class without `__del__`, else 0. */
function instanceWordsOf(cls: number, ti: TypeInfo, flags: number): number {
  const plain = mem[cls + TY_LAYOUT] >> 1 === L_INSTANCE && (flags & TF_HAS_DICT) === 0 && !ti.hasDel;
  const words = plain ? 2 + (mem[cls + TY_NSLOTS] >> 1) : 0;
  ti.instWords = words;
  return words;
}

/**
 * `Class(args)` where the class uses object.__new__ and a Python __init__: returns a frame for
 * __init__ with self and the arguments bound and self in FR_AUX (the caller pushes it), or 0 when
 * the call needs the general path.
 */
export function tryInlineInit(cls: number, src: number, n: number, kwnames: number): number {
  if (typeOf(cls) !== T.type) return 0;
  const ti = typeInfo(cls);
  let init = ti.inlineInit;
  if (init < 0) init = inlineInitOf(ti);
  if (init === 0) return 0;
  // object.__new__(cls) with no arguments: a plain instance, unless the class is abstract or has
  // another layout (its checks and errors there); a class of __slots__ only and no __del__
  // allocates it here (its size kept on the TypeInfo: no allocInstanceOf/hasDel calls)
  const flags = typeFlags(cls);
  let words = ti.instWords;
  if (words < 0) words = instanceWordsOf(cls, ti, flags);
  // (words > 0 only for the plain instance layout)
  const self = (flags & TF_ABSTRACT) !== 0 || mem[cls + TY_LAYOUT] >> 1 !== L_INSTANCE
    ? objectNewSlot()(cls, NO_ARGS, 0)
    : words > 0 ? allocInstanceWords(cls, words) : newInstanceOf(cls, ti);
  readBarrier(init);
  const cci = codeInfo(mem[init + FN_CODE]);
  const simple = kwnames === 0 && isSimpleCall(cci, n + 1);
  const frame = newFrame(init, cci, simple ? n + 1 : 0);
  // the instance RETURN_VALUE gives back (not local 0: `def __init__(*args)` binds a tuple there)
  mem[frame + FR_AUX] = self;
  if (simple) {
    const lp = frame + FR_LOCALSPLUS;
    mem[lp] = self;
    for (let i = 0; i < n; i++) mem[lp + 1 + i] = mem[src + i];
    return frame;
  }
  if (kwnames === 0 && bindWithDefaults(frame, init, cci, self, src, n)) return frame;
  if (kwnames !== 0) {
    // self and the arguments, as a bound call's stack: self goes in the word below src, which
    // is the class (the caller pops everything from its base when the frame is pushed)
    const saved = mem[src - 1];
    mem[src - 1] = self;
    const bound = bindKeywords(frame, init, cci, src - 1, n + 1, kwnames);
    mem[src - 1] = saved;
    if (bound) return frame;
  }
  const args = new Array<number>(n + 1);
  args[0] = self;
  for (let i = 0; i < n; i++) args[i + 1] = mem[src + i];
  bindArguments(frame, init, cci, args, kwnames);
  return frame;
}
