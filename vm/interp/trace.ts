// --trace: prints every executed instruction as `[w0] <module>:0012 LOAD_FAST  0 (x)`, in the
// disassembler's format, to stderr (unbuffered, so it interleaves with the program's own output
// in execution order). The dispatch loop tests a local copy of the flag once per instruction.
import { mem } from '../../stmgc/heap';
import { OPCODES, OPNAMES, BINOP_INPLACE, BINOP_NAMES, CMPOP_NAMES } from '../opcodes';
import type { CodeInfo } from '../objects/code';
import { tupleItem, tupleLen } from '../objects/tuple_core';
import { reprJs } from '../runtime/protocol';
import { strJs } from '../objects/str_core';
import { workerSlot } from '../../stmgc/heap';
import { writeStderr } from '../runtime/stdio';

export let traceOn = false;
export function setTrace(on: boolean): void { traceOn = on; }

function derefName(ci: CodeInfo, i: number): string {
  const cells = mem[ci.ref + 5];
  const frees = mem[ci.ref + 6];
  const n = tupleLen(cells);
  return strJs(i < n ? tupleItem(cells, i) : tupleItem(frees, i - n));
}

function meaning(ci: CodeInfo, name: string, arg: number): string {
  switch (OPCODES[name as keyof typeof OPCODES].operand) {
    case 'const': {
      const c = ci.consts[arg];
      try {
        const r = reprJs(c);
        return r.length > 40 ? r.slice(0, 37) + '...' : r;
      } catch {
        return '?';
      }
    }
    case 'name': return strJs(ci.names[arg]);
    case 'local': return strJs(ci.varnames[arg]);
    case 'deref': return derefName(ci, arg);
    case 'jump': return `to ${arg}`;
    case 'binop': return arg >= BINOP_INPLACE ? BINOP_NAMES[arg - BINOP_INPLACE] + '=' : BINOP_NAMES[arg];
    case 'cmpop': return CMPOP_NAMES[arg];
    default: return '';
  }
}

export function traceInstruction(ci: CodeInfo, pc: number): void {
  const w = ci.words[pc];
  const name = OPNAMES[w & 0xff];
  const arg = w >>> 8;
  const info = OPCODES[name];
  const m = meaning(ci, name, arg);
  const argText = info.operand === 'none' ? '' : String(arg);
  writeStderr(`[w${workerSlot}] ${ci.qualname}:${String(pc).padStart(4, '0')} ${name.padEnd(22)}${argText.padStart(4)}${m ? ` (${m})` : ''}\n`);
}
