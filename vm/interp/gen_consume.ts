// vm/interp/gen_consume.ts: sum() of a generator takes the generator's int items inside the
// generator's own loop, and any()/all() the bools that do not decide. These builtins resume
// their generator argument in a nested run() per item (objects/generator.ts genNext): run()'s
// prologue, genResume's checks and the yield's suspension, ~500 instructions an item more than
// a `for` loop. While such a builtin waits on a resume, `consumeFrame` is that generator's frame
// (the nested run's entry frame), and run()'s YIELD_VALUE in that frame offers the value here
// first: an exact int (or bool) whose partial sum stays below 2^53 in magnitude is added to
// `consumeAcc` (any(): False, all(): True is skipped), and the frame goes on at once, as if
// resumed by next(): None pushed as the value sent, nothing else written (no Python code ran in
// between, so nothing could see the frame suspended). Anything else is yielded as before and the
// builtin handles it by the protocol. Not while tracing (a traced yield has its 'return' and
// 'call' events: run() tests it). A nested consumer (inside the generator) saves and restores
// every word around its own resumes (consumeResume), so they belong to the innermost one.
import { mem } from '../../stmgc/heap';
import { FR_FLAGS } from './frame_layout';
import { FF_ENTRY } from './frame_layout';
import { L_INT } from '../runtime/layouts';
import { K } from '../runtime/types';
import { smallOrMedium } from '../objects/int_core';

/** The frame of the generator the innermost waiting sum() resumes, 0 when none. */
export let consumeFrame = 0;
/** That sum()'s partial sum (an exact integer below 2^53 in magnitude). */
let consumeAcc = 0;
const MAX_SAFE = 9007199254740991;
/** Items taken per resume before one is yielded anyway: a nested run() is not left for a long
 *  time, so that when V8 deoptimizes run() in it (a path first met after the compile) the next
 *  resume soon enters the new optimized code again (a long-running call stays in the unoptimized
 *  code until an on-stack replacement: the `yield from` tree of bench/programs/generators.py
 *  took 10% more instructions with no bound). */
const BUDGET = 32;
let budget = 0;

/** YIELD_VALUE of frame f === consumeFrame: 1 when the item was added (the frame goes on), 0 when
 *  it is to be yielded. Also requires f to be a nested run's entry frame (sum()'s). */
export function consumeItem(f: number, v: number): number {
  if (((mem[f + FR_FLAGS] >> 1) & FF_ENTRY) === 0 || --budget < 0) return 0;
  if (consumeSkip !== 0) return v === consumeSkip ? 1 : 0; // any()/all(): the bool that goes on
  // a small int, or an exact int (or bool, as CPython's fast path) of one limb
  // (layout L_INT is an exact int: a subclass's instances have another layout)
  const y = (v & 1) === 1 ? v >> 1 : (mem[v] & 0x7ff) === L_INT ? smallOrMedium(v) : v === K.True ? 1 : v === K.False ? 0 : NaN;
  const r = consumeAcc + y;
  if (!(r <= MAX_SAFE && r >= -MAX_SAFE)) return 0; // (NaN: not an int)
  consumeAcc = r;
  return 1;
}

/** Resumes generator `gen` (frame gframe) for sum() whose partial sum is acc; the value it yielded
 *  or returned is `next(gen)`'s (genNext: 0 when it returned), and `consumedAcc` is the partial sum
 *  with the items taken on the way. */
export function sumResume(gen: number, gframe: number, acc: number, genNext: (g: number) => number): number {
  return consumeResume(gen, gframe, acc, 0, genNext);
}

/** any() (skip = False) or all() (skip = True) resuming generator `gen`: the items equal to
 *  `skip` (exact bools only) are taken in place; the first other item is returned (or 0). */
export function anyAllResume(gen: number, gframe: number, skip: number, genNext: (g: number) => number): number {
  return consumeResume(gen, gframe, 0, skip, genNext);
}

function consumeResume(gen: number, gframe: number, acc: number, skip: number, genNext: (g: number) => number): number {
  const prevFrame = consumeFrame;
  const prevAcc = consumeAcc;
  const prevSkip = consumeSkip;
  const prevBudget = budget;
  consumeFrame = gframe;
  consumeAcc = acc;
  consumeSkip = skip;
  budget = BUDGET;
  try {
    return genNext(gen);
  } finally {
    consumedAcc = consumeAcc;
    consumeFrame = prevFrame;
    consumeAcc = prevAcc;
    consumeSkip = prevSkip;
    budget = prevBudget;
  }
}
/** any()/all(): the exact bool taken in place (False for any, True for all); 0 for sum(). */
let consumeSkip = 0;
/** The partial sum after the last sumResume. */
export let consumedAcc = 0;
