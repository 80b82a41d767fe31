// The narrow interface through which helper code generators (codegen_match.ts for `match`)
// drive the main code generator in codegen.ts: emit instructions into the current code unit,
// compile sub-expressions and statements, and report compile-time errors at a node. Keeping
// it small lets the pattern compiler live in its own file without reaching into CodeGen.
import type * as A from './ast';
import type { ConstantValue } from './constants';
import type { Label } from './assemble';
import type { OpName } from '../vm/opcodes';

export interface CodegenHost {
  /** Appends one instruction at the current location (see setLoc). */
  emit(op: OpName, arg?: number | Label): void;
  /** Places a label at the next instruction. */
  bind(l: Label): void;
  /** Sets the source position recorded for the next emitted instructions. */
  setLoc(at: A.Located | null): void;
  /** Compiles an expression, pushing its value. */
  expr(e: A.Expr): void;
  /** Stores TOS into a name (local, cell, global or class/module name, mangled as needed). */
  store(name: string): void;
  /** Compiles a list of statements. */
  body(stmts: A.Stmt[]): void;
  /** Evaluates a condition and jumps to `to` when its truth equals `when`. */
  jumpIf(e: A.Expr, when: boolean, to: Label): void;
  /** Index of a constant in co_consts (deduplicated). */
  constIndex(v: ConstantValue): number;
  /** Index of an attribute or global name in co_names (mangled in class bodies). */
  nameIndex(name: string): number;
  /** Raises a SyntaxError spanning the node, as CPython's compiler does. */
  error(msg: string, at: A.Located): never;
}
