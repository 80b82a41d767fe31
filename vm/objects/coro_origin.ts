// sys.set_coroutine_origin_tracking_depth / get_...: a new coroutine remembers where it was made,
// `cr_origin` ((filename, lineno, function name) of up to `depth` frames, innermost first), which
// the "was never awaited" warning shows (lib/warnings.py _warn_unawaited_coroutine). The depth is
// this worker's (CPython's is per thread; a guest thread that moves to another worker sees that
// worker's).
import { mem } from '../../stmgc/heap';
import { K } from '../runtime/types';
import { valueError } from '../runtime/errors';
import { FR_BACK, FR_CODE } from '../interp/frame_layout';
import { currentFrame } from '../interp/thread';
import { codeInfo } from './code';
import { intFromNumber } from './int_core';
import { newStr } from './str_core';
import { newTuple } from './tuple_core';
import { frameLine } from './frame_object';

let depth = 0;

export function originTrackingDepth(): number { return depth; }

export function setOriginTrackingDepth(n: number): void {
  if (n < 0) valueError('depth must be >= 0');
  depth = n;
}

/** cr_origin for a coroutine whose frame is genFrame (made by its caller), or 0 when not tracked. */
export function coroOrigin(genFrame: number): number {
  if (depth === 0) return 0;
  let f = currentFrame();
  if (f === genFrame) f = mem[f + FR_BACK];
  const out: number[] = [];
  for (; f !== 0 && out.length < depth; f = mem[f + FR_BACK]) {
    const ci = codeInfo(mem[f + FR_CODE]);
    const line = frameLine(f);
    out.push(newTuple([newStr(ci.filename), line < 0 ? K.None : intFromNumber(line), newStr(ci.name)]));
  }
  return newTuple(out);
}
