// Calling any callable from JS (builtins, slots, the runtime): Python functions run in a nested
// interpreter loop over an entry frame; builtins run directly; everything else goes through its
// class's `call` slot (type.__call__ for classes). The dispatch loop itself calls Python
// functions without this (it pushes frames in place); this is the path for calls made by JS.
import { mem } from '../../stmgc/heap';
import { readBarrier } from '../../stmgc/barriers';
import { L_BUILTIN, L_FUNCTION, L_METHOD } from '../runtime/layouts';
import { typeOf } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { typeInfo } from '../objects/type_core';
import { callBuiltin } from '../objects/builtin_function';
import { M_FUNC, M_SELF } from '../objects/method';
import { FN_CODE } from '../objects/function';
import { codeInfo } from '../objects/code';
import { bindArguments, isSimpleCall, newFrame } from './frame';
import { FR_LOCALSPLUS } from './frame_layout';
import { run } from './loop';
import { enterNested, leaveNested } from './nested_gc';
import { currentFrame, depth, setCurrentFrame, setDepth } from './thread';
import { tname } from '../runtime/protocol';

export function callObject(c: number, args: number[], kwnames: number): number {
  if ((c & 1) === 0) {
    const l = mem[c] & 0x7ff;
    if (l === L_FUNCTION) return callFunction(c, args, kwnames);
    if (l === L_BUILTIN) return callBuiltin(c, args, kwnames);
    if (l === L_METHOD) return callObject(mem[c + M_FUNC], [mem[c + M_SELF], ...args], kwnames);
  }
  const f = typeInfo(typeOf(c)).slots.call;
  if (f === null) return typeError(`'${tname(c)}' object is not callable`);
  return f(c, args, kwnames);
}

export function callFunction(func: number, args: readonly number[], kwnames: number): number {
  readBarrier(func); // __code__, __defaults__... are assignable (vm/NOTES.md "Barriers in the VM")
  const ci = codeInfo(mem[func + FN_CODE]);
  const frame = newFrame(func, ci);
  if (kwnames === 0 && isSimpleCall(ci, args.length)) {
    for (let i = 0; i < args.length; i++) mem[frame + FR_LOCALSPLUS + i] = args[i];
  } else bindArguments(frame, func, ci, args, kwnames);
  const depth0 = depth;
  const caller = currentFrame();
  enterNested(frame);
  try {
    return run(frame);
  } catch (e) {
    // a guest exception leaves run() with both as they were; a JS stack overflow met again
    // while unwinding (the loop's own handler runs near the limit too) may not: without this,
    // every such overflow kept a few levels of recursion depth for good
    if (depth !== depth0) {
      setDepth(depth0);
      setCurrentFrame(caller);
    }
    throw e;
  } finally {
    leaveNested();
  }
}

export function call0(c: number): number { return callObject(c, [], 0); }
export function call1(c: number, a: number): number { return callObject(c, [a], 0); }
