// cell: the box holding a variable shared between a function and its closures. payload:
// [contents (0 = empty)]. LOAD_DEREF of an empty cell raises NameError/UnboundLocalError.
// Mutable: every read of the contents is read-barriered, every write write-barriered.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_CELL } from '../runtime/layouts';
import type { TypeDef } from '../runtime/typedef';
import { newStr } from './str_core';
import { typeError, valueError } from '../runtime/errors';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { identity } from '../runtime/identity';
import { richCompare, tname } from '../runtime/protocol';
import { K, layoutOf } from '../runtime/types';
import { tupleLen } from './tuple_core';

export const CELL_CONTENTS = 2;

export function newCell(v: number): number {
  const c = alloc(L_CELL, 1, SCAN_ALL);
  mem[c + CELL_CONTENTS] = v;
  return c;
}

export const cellType: TypeDef = {
  name: 'cell',
  layout: L_CELL,
  final: true,
  slots: {
    // types.CellType(contents=<empty>)
    new: (_cls, args, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('cell() takes no keyword arguments');
      if (args.length > 1) typeError(`cell expected at most 1 argument, got ${args.length}`);
      return newCell(args.length === 1 ? args[0] : 0);
    },
    // cells compare by contents; an empty cell comes before anything (cell_richcompare)
    richcompare: (a, b, op) => {
      if (layoutOf(a) !== L_CELL || layoutOf(b) !== L_CELL) return K.NotImplemented;
      readBarrier(a);
      readBarrier(b);
      const x = mem[a + CELL_CONTENTS];
      const y = mem[b + CELL_CONTENTS];
      if (x !== 0 && y !== 0) return richCompare(x, y, op);
      const u = y === 0 ? 1 : 0;
      const w = x === 0 ? 1 : 0;
      const r = [u < w, u <= w, u === w, u !== w, u > w, u >= w][op];
      return r ? K.True : K.False;
    },
    repr: (self) => {
      readBarrier(self);
      const v = mem[self + CELL_CONTENTS];
      const at = `0x${identity(self).toString(16)}`;
      return newStr(v === 0 ? `<cell at ${at}: empty>` : `<cell at ${at}: ${tname(v)} object at 0x${identity(v).toString(16)}>`);
    },
  },
  getters: {
    cell_contents: (self) => {
      readBarrier(self);
      return mem[self + CELL_CONTENTS] || valueError('Cell is empty');
    },
  },
  setters: {
    cell_contents: (self, v) => {
      writeBarrier(self);
      mem[self + CELL_CONTENTS] = v;
    },
  },
  deleters: {
    cell_contents: (self) => {
      writeBarrier(self);
      mem[self + CELL_CONTENTS] = 0; // empty again, as `del x` of the variable
    },
  },
};
