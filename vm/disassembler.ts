// The disassembler, in the spirit of `python3 -m dis`: per code object a header, then one line per
// instruction (source line when it changes, `>>` on jump targets, index, name, argument and its
// meaning), nested code objects after their parent, and the exception table. Stable output (no
// addresses), so it serves golden tests. formatInstruction is what `--trace` will print.
import type { CodeObject } from '../compiler/code';
import { isCodeObject } from '../compiler/code';
import { reprConstant } from '../compiler/pyrepr';
import { BINOP_INPLACE, BINOP_NAMES, CMPOP_NAMES, HAS_JUMP, OPCODES, OPNAMES } from './opcodes';

function argMeaning(code: CodeObject, pc: number): string {
  const w = code.code[pc];
  const name = OPNAMES[w & 0xff];
  const arg = w >>> 8;
  const info = OPCODES[name];
  switch (info.operand) {
    case 'const': {
      const c = code.consts[arg];
      return isCodeObject(c) ? `<code object ${c.name}, line ${c.firstlineno}>` : reprConstant(c);
    }
    case 'name': return code.names[arg];
    case 'local': return code.varnames[arg];
    case 'deref': return arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
    case 'jump': return `to ${arg}`;
    case 'binop': return arg >= BINOP_INPLACE ? BINOP_NAMES[arg - BINOP_INPLACE] + '=' : BINOP_NAMES[arg];
    case 'cmpop': return CMPOP_NAMES[arg];
    default: return '';
  }
}

export function formatInstruction(code: CodeObject, pc: number): string {
  const w = code.code[pc];
  const name = OPNAMES[w & 0xff];
  const info = OPCODES[name];
  const meaning = argMeaning(code, pc);
  const argText = info.operand === 'none' ? '' : String(w >>> 8);
  return `${String(pc).padStart(4, '0')} ${name.padEnd(22)}${argText.padStart(4)}${meaning ? ` (${meaning})` : ''}`;
}

export function disassemble(code: CodeObject): string {
  let out = '';
  const todo: CodeObject[] = [code];
  let first = true;
  while (todo.length > 0) {
    const c = todo.shift()!;
    if (!first) out += `\nDisassembly of <code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>:\n`;
    first = false;
    const targets = new Set<number>();
    for (let pc = 0; pc < c.code.length; pc++) {
      const info = OPCODES[OPNAMES[c.code[pc] & 0xff]];
      if (info.flags & HAS_JUMP) targets.add(c.code[pc] >>> 8);
    }
    for (let i = 0; i < c.exceptiontable.length; i += 5) targets.add(c.exceptiontable[i + 2]);
    let lastLine = -2;
    for (let pc = 0; pc < c.code.length; pc++) {
      const line = c.linetable[pc * 4];
      const lineText = line !== lastLine && line >= 0 ? String(line).padStart(4) : '    ';
      if (line !== lastLine && line >= 0 && pc > 0) out += '\n';
      if (line >= 0) lastLine = line;
      out += `${lineText} ${targets.has(pc) ? '>>' : '  '} ${formatInstruction(c, pc)}\n`;
    }
    if (c.exceptiontable.length > 0) {
      out += 'ExceptionTable:\n';
      for (let i = 0; i < c.exceptiontable.length; i += 5) {
        const [s, e, h, d, l] = c.exceptiontable.subarray(i, i + 5);
        out += `  ${s} to ${e} -> ${h} [${d}]${l ? ' lasti' : ''}\n`;
      }
    }
    for (const k of c.consts) if (isCodeObject(k)) todo.push(k);
  }
  return out;
}
