// Where the guest program was when something went wrong outside Python's own error handling: the
// frame lines (faulthandler's format, most recent call first) that the deadlock report and the
// "pystm: internal error" message print. Reading a frame must never throw: an internal error may
// come from a damaged heap, so each frame is described defensively and the walk is bounded.
import { mem } from '../../stmgc/heap';
import { codeInfo } from '../objects/code';
import { FR_BACK, FR_CODE, FR_LASTI, FR_PC } from './frame_layout';
import { TS_FRAME, ts } from './thread';

/** `  File "x.py", line N in f` for frame `f`. */
export function describeFrame(f: number): string {
  const ci = codeInfo(mem[f + FR_CODE]);
  const lasti = mem[f + FR_LASTI] >> 1;
  const pc = Math.max(0, Math.max(lasti, (mem[f + FR_PC] >> 1) - 1));
  return `  File "${ci.filename}", line ${ci.lineOf(pc)} in ${ci.name}\n`;
}

/** The running guest thread's frames, innermost first (at most 20), or '' when there is none or
 *  the heap cannot be read. */
export function guestLocation(): string {
  let out = '';
  try {
    if (ts === 0) return '';
    let n = 0;
    for (let f = mem[ts + TS_FRAME]; f !== 0 && n < 20; f = mem[f + FR_BACK], n++) out += describeFrame(f);
  } catch {
    out += '  (a frame that cannot be read)\n';
  }
  return out === '' ? '' : `Current guest thread (most recent call first):\n${out}`;
}
