// The native module `_opcode` behind lib/opcode.py and lib/dis.py: CPython's `stack_effect`, and
// `_opcodes()`, our opcode table (vm/opcodes.ts) as tuples (name, number, operand kind, flags,
// doc), since our bytecode is not CPython's (one 32-bit word per instruction, absolute jumps, no
// caches): opcode.py builds opname/opmap/hasconst/... from it instead of listing numbers twice.
import { K, T } from '../runtime/types';
import { typeError, valueError } from '../runtime/errors';
import { indexNumber, truthy } from '../runtime/protocol';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { newList } from '../objects/list_core';
import { intFromNumber } from '../objects/int_core';
import { OPCODES, OPNAMES, HAS_JUMP } from '../opcodes';

/** stack_effect(opcode, oparg=None, /, *, jump=None): CPython's checks and messages. */
function stackEffect(a: number[], kw: number): number {
  let jump = K.None;
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  for (let i = 0; i < nkw; i++) {
    const name = strJs(tupleItem(kw, i));
    if (name !== 'jump') typeError(`stack_effect() got an unexpected keyword argument '${name}'`);
    jump = a[a.length - nkw + i];
  }
  const npos = a.length - nkw;
  if (npos < 1) typeError(`stack_effect() missing required argument 'opcode' (pos 1)`);
  if (npos > 2) typeError(`stack_effect() takes at most 2 positional arguments (${npos} given)`);
  const code = indexNumber(a[0]);
  const name = code >= 0 && code < OPNAMES.length ? OPNAMES[code] : undefined;
  if (name === undefined) valueError('invalid opcode or oparg');
  const info = OPCODES[name!];
  const oparg = npos > 1 ? a[1] : K.None;
  let arg = 0;
  if (info.operand === 'none') {
    if (oparg !== K.None) valueError('stack_effect: opcode does not permit oparg but oparg was specified');
  } else {
    if (oparg === K.None) valueError('stack_effect: opcode requires oparg but oparg was not specified');
    arg = indexNumber(oparg);
  }
  let effect: number;
  if (jump === K.None) {
    effect = info.effect(arg, false);
    if (info.flags & HAS_JUMP) effect = Math.max(effect, info.effect(arg, true));
  } else effect = info.effect(arg, truthy(jump));
  return intFromNumber(effect);
}

function opcodeTable(): number {
  const rows: number[] = [];
  for (const name of OPNAMES) {
    if (name === undefined) continue;
    const info = OPCODES[name];
    rows.push(newTuple([intern(name), intFromNumber(info.code), intern(info.operand), intFromNumber(info.flags), newStr(info.doc)]));
  }
  return newList(rows);
}

export function makeOpcodeModule(): number {
  const m = newModule('_opcode', T.module, intern('Opcode support module.'));
  moduleSet(m, 'stack_effect', defineBuiltin('stack_effect', stackEffect, 0, m));
  moduleSet(m, '_opcodes', defineBuiltin('_opcodes', () => opcodeTable(), 0, m));
  return m;
}
