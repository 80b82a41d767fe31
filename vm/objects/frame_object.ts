// frame objects as Python code sees them (sys._getframe(), tracebacks): read-only views of
// heap frames (interp/frame_layout.ts).
import { mem } from '../../stmgc/heap';
import { L_FRAME } from '../runtime/layouts';
import { K } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { FR_BACK, FR_BUILTINS, FR_CODE, FR_GLOBALS, FR_LOCALS, FR_PC } from '../interp/frame_layout';
import { codeInfo } from './code';
import { intFromNumber } from './int_core';
import { newStr, strJs } from './str_core';
import { frameLocals } from '../builtins/builtins_module';
import { identity } from '../runtime/identity';
import { markFrameEscaped } from '../interp/frame_recycle';
import { frameTrace, frameTraceFlag, setFrameLineno, setFrameTrace, setFrameTraceFlag, tracedFrameLocals } from '../interp/py_trace';
import { truthy } from '../runtime/protocol';

/** The pc of frame f's instruction in progress (-1: none yet): the one running (the loop saves
 *  its pc in the frame before every call out of it that can run Python code or builtins: CALL,
 *  a trace event, a safe point, a raise), or the call the frame waits in. (FR_LASTI is the
 *  exception machinery's: the raise a handler's RERAISE restores.) */
export function frameLasti(f: number): number {
  return (mem[f + FR_PC] >> 1) - 1;
}

/** The line a frame is at (-1: none), as f_lineno. */
export function frameLine(f: number): number {
  return codeInfo(mem[f + FR_CODE]).lineOf(Math.max(0, frameLasti(f)));
}

export const frameType: TypeDef = {
  name: 'frame',
  layout: L_FRAME,
  final: true,
  slots: {
    repr: (f) => {
      const ci = codeInfo(mem[f + FR_CODE]);
      return newStr(`<frame at 0x${identity(f).toString(16)}, file '${ci.filename}', line ${ci.lineOf(Math.max(0, frameLasti(f)))}, code ${ci.name}>`);
    },
  },
  getters: {
    f_code: (f) => mem[f + FR_CODE],
    f_globals: (f) => mem[f + FR_GLOBALS],
    f_builtins: (f) => mem[f + FR_BUILTINS],
    f_locals: (f) => (mem[f + FR_LOCALS] === 0 ? tracedFrameLocals(f) || frameLocals(f) : frameLocals(f)),
    f_back: (f) => {
      const b = mem[f + FR_BACK];
      markFrameEscaped(b); // (a running generator's caller: interp/frame_recycle.ts)
      return b || K.None;
    },
    f_lineno: (f) => {
      const line = frameLine(f);
      return line < 0 ? K.None : intFromNumber(line);
    },
    // a byte offset into co_code (4 bytes per instruction), so co_positions()[f_lasti // 2] is this
    // instruction's location, as CPython's inspect and traceback read it
    f_lasti: (f) => intFromNumber(Math.max(0, frameLasti(f)) * 4),
    f_trace: (f) => frameTrace(f),
    f_trace_lines: (f) => (frameTraceFlag(f, true) ? K.True : K.False),
    f_trace_opcodes: (f) => (frameTraceFlag(f, false) ? K.True : K.False),
  },
  // (interp/py_trace.ts keeps them in the thread's trace list)
  setters: {
    f_trace: (f, v) => setFrameTrace(f, v),
    f_trace_lines: (f, v) => setFrameTraceFlag(f, true, truthy(v)),
    f_trace_opcodes: (f, v) => setFrameTraceFlag(f, false, truthy(v)),
    f_lineno: (f, v) => setFrameLineno(f, v),
  },
  deleters: {
    f_trace: (f) => setFrameTrace(f, K.None),
  },
  methods: {
    clear: () => K.None,
  },
};

export const _keep = [strJs];
