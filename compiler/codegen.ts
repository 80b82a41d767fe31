// Codegen: AST + symbol table → code objects (vm/opcodes.ts instructions) for the whole
// Python 3.11 language: modules, functions, lambdas, classes (with __class__ cells and
// zero-argument super()), closures, comprehensions, generators, async def/await/async for/
// async with/async comprehensions, yield from, try/except/else/finally, except*, with, and
// `match` (in codegen_match.ts). Semantics and instruction shapes follow CPython 3.11's
// compile.c, including its "frame blocks" (fblocks): return/break/continue inside try, with and
// except handlers first emit the unwinding code of every enclosing block (inlined finally
// bodies, __exit__ calls, POP_EXCEPT). Exception handlers are lexical regions (see assemble.ts):
// `setup` opens one where CPython emits SETUP_*, `popBlock` closes it where CPython emits
// POP_BLOCK, and code after an unconditional jump restores the handler stack its jump sources had.
import type * as A from './ast';
import { constTruth as valueTruth, ELLIPSIS, isPyStr, PyFrozenSetConst, PySurrogateStr, PyTupleConst, type ConstantValue } from './constants';
import { compilerError, PySyntaxError } from './errors';
import { addWarning } from './warnings';
import { checkAssert, checkCaller, checkCompare, checkSubscript, warnAgain } from './codegen_warn';
import { DEF_FREE_CLASS, mangle, Scope, type Block, type Symtable } from './symtable';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_NOFREE, type CodeObject,
} from './code';
import { ARTIFICIAL_LOC, NO_LOC, assemble, Handler, Label, type Instr } from './assemble';
import { tupleSwap } from './codegen_swap';
import { IMPLICIT_RETURN_LOC, locateImplicitReturns } from './exit_lines';
import type { OpName } from '../vm/opcodes';
import type { CodegenHost } from './codegen_host';
import { compileMatch } from './codegen_match';
import { unparseExpr } from './ast_unparse';

const BINOP: Record<A.OperatorKind, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
const CMP: Partial<Record<A.CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

type Const = ConstantValue | CodeObject;

/** CPython's frame-block kinds: what return/break/continue must unwind on the way out. */
type FBlockKind =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'ASYNC_COMPREHENSION_GENERATOR';

interface FBlock {
  kind: FBlockKind;
  /** Loops: where `continue` goes. */
  start: Label | null;
  /** Loops: where `break` goes. */
  exit: Label | null;
  /** FINALLY_TRY: the finally body to inline. */
  finalbody?: A.Stmt[];
  /** WITH/ASYNC_WITH: the statement (its position is used for the __exit__ call). */
  withStmt?: A.Located;
  /** HANDLER_CLEANUP: the `except ... as name` name to clear. */
  name?: string | null;
}

/** CO_MAXBLOCKS in CPython. */
const MAX_FBLOCKS = 20;

/** What kind of scope a unit compiles (CPython's COMPILER_SCOPE_*). */
type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

/** bool() of a condition that is a constant (a literal, or a tuple of them: LOAD_CONST, which
 *  CPython's peephole folds with the jump after it); undefined otherwise. */
function constTruth(e: A.Expr): boolean | undefined {
  if (e.nodeType === 'Constant') return valueTruth(e.value);
  if (e.nodeType === 'Tuple' && e.elts.every((x) => x.nodeType === 'Constant')) return e.elts.length > 0;
  return undefined;
}

class Unit {
  readonly instrs: Instr[] = [];
  readonly consts: Const[] = [];
  private readonly constKeys = new Map<string, number>();
  /** str and int constants by value (most constants): no key string to build per lookup */
  private readonly strConsts = new Map<string, number>();
  private readonly intConsts = new Map<bigint, number>();
  readonly names: string[] = [];
  private readonly nameIndices = new Map<string, number>();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  /** Open exception handler regions, innermost last. */
  handlers: Handler[] = [];
  /** Every region ever opened (assemble makes each handler reachable from its opening). */
  readonly allHandlers: Handler[] = [];
  /** The NOPs and jumps of constant conditions (assemble drops the redundant ones: dead_code.ts). */
  readonly folded = new Set<Instr>();
  loc: A.Located | null = null;

  constructor(readonly block: Block, readonly qualname: string, readonly scopeType: ScopeType) {
    this.varnames = block.varnames.slice();
    const cells: string[] = [];
    const frees: string[] = [];
    let params: Set<string> | null = null; // block.varnames are the parameters, in order
    for (const [name, sym] of block.symbols) {
      if (sym.scope === Scope.CELL) cells.push(name);
      if (sym.scope === Scope.FREE || (sym.flags & DEF_FREE_CLASS) !== 0) frees.push(name);
      else if (block.kind === 'function' && sym.scope === Scope.LOCAL) {
        params ??= new Set(block.varnames);
        if (!params.has(name)) this.varnames.push(name);
      }
    }
    if (block.kind === 'class' && block.needsClassClosure) cells.push('__class__');
    cells.sort();
    frees.sort();
    this.cellvars = [...new Set(cells)];
    this.freevars = [...new Set(frees)];
  }

  emit(op: OpName, arg: number | Label = 0): void {
    const h = this.handlers;
    this.instrs.push({ op, arg, loc: this.loc, handler: h.length > 0 ? h[h.length - 1] : null });
  }
  /** Marks the last instruction as made of a constant condition (dead_code.ts). */
  markFolded(): void {
    this.folded.add(this.instrs[this.instrs.length - 1]);
  }
  /** An unconditional jump: JUMP_BACKWARD when the label is already placed. */
  jump(l: Label): void {
    this.emit(l.index >= 0 ? 'JUMP_BACKWARD' : 'JUMP_FORWARD', l);
  }
  /** Opens a protected region (SETUP_FINALLY, SETUP_CLEANUP or SETUP_WITH) handled at `l`. */
  setup(l: Label, kind: 'finally' | 'cleanup' | 'with'): void {
    const h = new Handler(l, this.instrs.length, kind !== 'finally', kind === 'with' ? -1 : 0);
    this.handlers.push(h);
    this.allHandlers.push(h);
  }
  /** Closes the innermost protected region (POP_BLOCK). */
  popBlock(): void {
    if (this.handlers.pop() === undefined) throw new Error('internal: POP_BLOCK without a handler');
  }
  bind(l: Label): void {
    l.index = this.instrs.length;
  }
  constIndex(v: Const): number {
    if (typeof v === 'string' || typeof v === 'bigint') {
      const map: Map<string | bigint, number> = typeof v === 'string' ? this.strConsts : this.intConsts;
      const k = map.get(v);
      if (k !== undefined) return k;
      map.set(v, this.consts.length);
      this.consts.push(v);
      return this.consts.length - 1;
    }
    const key = constKey(v);
    if (key !== null) {
      const k = this.constKeys.get(key);
      if (k !== undefined) return k;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }
  nameIndex(name: string): number {
    let i = this.nameIndices.get(name);
    if (i === undefined) { i = this.names.length; this.names.push(name); this.nameIndices.set(name, i); }
    return i;
  }
  /** A cell or free variable's index; `free` prefers the free variable when a name is both (a
   *  class body's own implicit __class__ cell and an enclosing function's __class__). */
  derefIndex(name: string, free = false): number {
    const c = free ? -1 : this.cellvars.indexOf(name);
    if (c >= 0) return c;
    const f = this.freevars.indexOf(name);
    if (f >= 0) return this.cellvars.length + f;
    if (free && this.cellvars.includes(name)) return this.cellvars.indexOf(name);
    throw new Error(`internal: no cell for ${name}`);
  }
}

/** A key that tells constants apart exactly (1, 1.0, True and -0.0 are all different). */
function constKey(v: Const): string | null {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (typeof v === 'bigint') return 'i' + v.toString();
  if (typeof v === 'number') return 'f' + (Object.is(v, -0) ? '-0' : String(v));
  if (typeof v === 'string') return 's' + v;
  if (v instanceof PySurrogateStr) return 'w' + v.codePoints.join(',');
  if (v === ELLIPSIS) return 'E';
  if (v instanceof PyTupleConst) {
    const parts = v.items.map(constKey);
    return parts.every((p) => p !== null) ? 't(' + parts.join(',') + ')' : null;
  }
  return null;
}

/** The Load, Store or Del form of a name opcode. */
function pick(ctx: A.ExprContext, load: OpName, store: OpName, del: OpName): OpName {
  return ctx === 'Load' ? load : ctx === 'Store' ? store : del;
}

/**
 * 3.11's update_start_location_to_match_attr: `loc` (an attribute's or its call's position) made
 * to start at the attribute's name when the attribute ends on a later line than `loc` starts
 * (`(obj\n    .method())` reports the line of `.method`). The column counts the name's code
 * points back from the end (columns are UTF-8 bytes: CPython's arithmetic, kept); a name longer
 * than its end column (made-up trees) gives no columns.
 */
function attrStart(loc: A.Located, attr: A.Attribute): A.Located {
  if (loc.lineno === attr.end_lineno) return loc;
  const len = [...attr.attr].length;
  const lineno = attr.end_lineno;
  const col = len <= attr.end_col_offset ? attr.end_col_offset - len : -1;
  const end_lineno = Math.max(lineno, loc.end_lineno);
  let end_col_offset = col < 0 ? -1 : loc.end_col_offset;
  if (lineno === end_lineno) end_col_offset = Math.max(col, end_col_offset);
  return { lineno, col_offset: col, end_lineno, end_col_offset };
}

export class CodeGen {
  private u!: Unit;
  private readonly stack: Unit[] = [];
  /** The narrow view of this code generator that codegen_match.ts (and later passes) use. */
  private readonly host: CodegenHost = {
    emit: (op, arg = 0) => this.u.emit(op, arg),
    bind: (l) => this.u.bind(l),
    setLoc: (at) => { this.u.loc = at; },
    expr: (e) => this.expr(e),
    store: (name) => this.storeName(name),
    body: (stmts) => { for (const s of stmts) this.stmt(s); },
    jumpIf: (e, when, to) => this.jumpIf(e, when, to),
    constIndex: (v) => this.u.constIndex(v),
    nameIndex: (name) => this.u.nameIndex(mangle(this.u.block.privateName, name)),
    error: (msg, at) => this.error(msg, at),
  };

  /** optimize: compile()'s level (1: no asserts, `__debug__` False; 2: no docstrings either). */
  constructor(private readonly st: Symtable, private readonly filename: string, private readonly source: string, private readonly optimize = 0) {}

  private unsupported(what: string, at: A.Located): never {
    const lines = this.source.split('\n');
    const text = lines[at.lineno - 1] ?? '';
    throw compilerError(new PySyntaxError('SyntaxError', `${what} is not supported yet`, this.filename, at.lineno, charCol(text, at.col_offset) + 1, text + '\n', at.lineno, 0));
  }
  private error(msg: string, at: A.Located): never {
    throw this.syntaxError(msg, at);
  }
  private syntaxError(msg: string, at: A.Located): PySyntaxError {
    const lines = this.source.split('\n');
    const text = lines[at.lineno - 1] ?? '';
    // as CPython 3.11's compiler errors: the start in characters, the end in UTF-8 bytes
    return compilerError(new PySyntaxError('SyntaxError', msg, this.filename, at.lineno, charCol(text, at.col_offset) + 1, text + '\n', at.end_lineno, at.end_col_offset + 1));
  }

  /** compiler_warn: a SyntaxWarning at `at` (the node being compiled). */
  private readonly warn = (msg: string, at: A.Located): void => {
    addWarning('SyntaxWarning', this.syntaxError(msg, at), true);
  };

  // ── units ──────────────────────────────────────────────────────────────────
  private enter(node: object, qualname: string, scopeType: ScopeType): void {
    if (this.u) this.stack.push(this.u);
    const u = (this.u = new Unit(this.st.blockFor(node), qualname, scopeType));
    // (3.11's positions of the prologue of a function: the cell and free-variable set-up have
    // none, the generator's start is on the first line without columns, RESUME at its column 0;
    // a module's RESUME has its own, code_locations.ts)
    const n = node as Partial<A.Located> & { decorator_list?: A.Expr[] };
    const first = n.decorator_list !== undefined && n.decorator_list.length > 0 ? n.decorator_list[0].lineno : n.lineno;
    const inFunction = scopeType !== 'module' && first !== undefined;
    if (inFunction) u.loc = NO_LOC;
    for (const cell of u.cellvars) u.emit('MAKE_CELL', u.derefIndex(cell));
    if (u.freevars.length > 0) u.emit('COPY_FREE_VARS', u.freevars.length);
    if (inFunction) u.loc = { lineno: first, end_lineno: first, col_offset: -1, end_col_offset: -1 };
    if ((u.block.isGenerator || u.block.isCoroutine) && (u.block.kind !== 'module' || this.st.topLevelAwait)) {
      u.emit('RETURN_GENERATOR');
      u.emit('POP_TOP');
    }
    if (inFunction) u.loc = { lineno: first, end_lineno: first, col_offset: 0, end_col_offset: 0 };
    u.emit('RESUME', 0);
    u.loc = null;
  }

  private leave(name: string, firstlineno: number, args: A.Arguments | null): CodeObject {
    const u = this.u;
    const asm = assemble(u.instrs, u.qualname, u.allHandlers, u.folded);
    const b = u.block;
    let flags = 0;
    if (b.kind === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (b.hasVarargs) flags |= CO_VARARGS;
      if (b.hasVarkeywords) flags |= CO_VARKEYWORDS;
      if (b.isNested) flags |= CO_NESTED;
      if (b.isGenerator && !b.isCoroutine) flags |= CO_GENERATOR;
      if (!b.isGenerator && b.isCoroutine) flags |= CO_COROUTINE;
      if (b.isGenerator && b.isCoroutine) flags |= CO_ASYNC_GENERATOR;
    } else if (b.kind === 'module' && b.isCoroutine && this.st.topLevelAwait) flags |= CO_COROUTINE;
    if (u.freevars.length === 0 && u.cellvars.length === 0) flags |= CO_NOFREE;
    flags |= this.st.futureFlags;
    const code: CodeObject = {
      name, qualname: u.qualname, filename: this.filename, firstlineno,
      argcount: args ? args.posonlyargs.length + args.args.length : b.isComprehension ? 1 : 0,
      posonlyargcount: args ? args.posonlyargs.length : 0,
      kwonlyargcount: args ? args.kwonlyargs.length : 0,
      flags, code: asm.code, consts: u.consts, names: u.names, varnames: u.varnames,
      cellvars: u.cellvars, freevars: u.freevars, stacksize: asm.stacksize,
      linetable: asm.linetable, exceptiontable: asm.exceptiontable,
    };
    this.u = this.stack.pop()!;
    return code;
  }

  compileModule(mod: A.Mod): CodeObject {
    this.enter(mod, '<module>', 'module');
    switch (mod.nodeType) {
      case 'Module':
      case 'Interactive':
        if (findAnnotations(mod.body)) this.u.emit('SETUP_ANNOTATIONS');
        this.interactive = mod.nodeType === 'Interactive';
        this.body(mod.body, this.interactive);
        this.u.loc = IMPLICIT_RETURN_LOC;
        this.u.emit('LOAD_CONST', this.u.constIndex(null));
        this.u.emit('RETURN_VALUE');
        locateImplicitReturns(this.u.instrs);
        break;
      case 'Expression':
        this.expr(mod.body);
        this.u.emit('RETURN_VALUE');
        break;
      case 'FunctionType':
        this.unsupported('compiling a function type', { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
    }
    return this.leave('<module>', 1, null);
  }

  private body(stmts: A.Stmt[], interactive = false): void {
    let start = 0;
    const first = stmts[0];
    if (first && first.nodeType === 'Expr' && first.value.nodeType === 'Constant' && isPyStr(first.value.value) && !interactive && this.optimize < 2) {
      // a docstring becomes __doc__ (module/class) — functions keep it as consts[0] only
      if (this.u.block.kind !== 'function') {
        this.u.loc = first;
        this.expr(first.value);
        this.storeName('__doc__');
        start = 1;
      }
    }
    for (let i = start; i < stmts.length; i++) this.stmt(stmts[i]);
  }

  // ── names ──────────────────────────────────────────────────────────────────
  private nameOp(name: string, ctx: A.ExprContext): void {
    const u = this.u;
    const mangled = mangle(u.block.privateName, name);
    const sym = u.block.symbols.get(mangled);
    const scope = sym ? sym.scope : Scope.GLOBAL_IMPLICIT;
    const kind = u.block.kind;
    if (name === '__debug__') {
      if (ctx !== 'Load') this.forbiddenDebug(ctx, u.loc ?? this.lastStmt);
      u.emit('LOAD_CONST', u.constIndex(this.optimize === 0));
      return;
    }
    if (scope === Scope.FREE || scope === Scope.CELL) {
      const op = kind === 'class' && ctx === 'Load' && scope === Scope.FREE ? 'LOAD_CLASSDEREF' : pick(ctx, 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF');
      u.emit(op, u.derefIndex(mangled, scope === Scope.FREE));
      return;
    }
    if (kind === 'function' && scope === Scope.LOCAL) {
      let i = u.varnames.indexOf(mangled);
      if (i < 0) { i = u.varnames.length; u.varnames.push(mangled); }
      u.emit(pick(ctx, 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'), i);
      return;
    }
    if (scope === Scope.GLOBAL_EXPLICIT || (kind === 'function' && scope === Scope.GLOBAL_IMPLICIT)) {
      u.emit(pick(ctx, 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL'), u.nameIndex(mangled));
      return;
    }
    u.emit(pick(ctx, 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME'), u.nameIndex(mangled));
  }
  private storeName(name: string): void {
    this.nameOp(name, 'Store');
  }
  /** CPython's forbidden_name: `__debug__` cannot be a store or delete target (compile.c checks
   *  it, not the parser, so a syntax error anywhere in the file is reported first). */
  private forbiddenDebug(ctx: A.ExprContext, at: A.Located | null): never {
    this.error(ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', at ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });
  }
  /** compiler_check_debug_args: no parameter of a def or lambda may be named `__debug__`. */
  private checkDebugArgs(args: A.Arguments, at: A.Located): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    if (all.some((a) => a.arg === '__debug__')) this.forbiddenDebug('Store', at);
  }

  // ── statements ─────────────────────────────────────────────────────────────
  /** The statement compiled last (its location outlives it, as CPython's u_lineno). */
  private lastStmt: A.Stmt | null = null;

  /** compile(..., 'single'): an expression statement of the module's code, at any depth of its
   *  compound statements (`try:\n  x`), prints its value (CPython: c_interactive, nest level 1). */
  private interactive = false;

  private stmt(s: A.Stmt): void {
    const u = this.u;
    u.loc = s;
    this.lastStmt = s;
    switch (s.nodeType) {
      case 'FunctionDef': return this.funcDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.target(t);
        return;
      case 'Assign':
        if (s.targets.length === 1 && s.value.nodeType === 'Tuple' && tupleSwap({ expr: (e) => this.expr(e), target: (t) => this.target(t) }, u, s.value, s.targets[0])) return;
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) u.emit('COPY', 1);
          this.target(s.targets[i]);
        }
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign':
        if (s.target.nodeType === 'Name' && s.target.id === '__debug__') this.forbiddenDebug('Store', s);
        if (s.value) {
          this.expr(s.value);
          this.target(s.target);
        } else if (s.target.nodeType !== 'Name') {
          // evaluate the target's parts for their side effects, as CPython does
          if (s.target.nodeType === 'Attribute') { this.expr(s.target.value); u.emit('POP_TOP'); }
          else if (s.target.nodeType === 'Subscript') { this.expr(s.target.value); u.emit('POP_TOP'); this.expr(s.target.slice); u.emit('POP_TOP'); }
        }
        if (s.simple && s.target.nodeType === 'Name' && u.block.kind !== 'function') {
          this.annotation(s.annotation);
          this.nameOp('__annotations__', 'Load');
          u.emit('LOAD_CONST', u.constIndex(mangle(u.block.privateName, s.target.id)));
          u.emit('STORE_SUBSCR');
        }
        return;
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        u.emit('RAISE_VARARGS', s.exc ? (s.cause ? 2 : 1) : 0);
        return;
      case 'Assert': {
        checkAssert(s, this.warn); // (warns under -O too, as CPython)
        if (this.optimize > 0) return;
        const ok = new Label();
        this.jumpIf(s.test, true, ok);
        u.emit('LOAD_ASSERTION_ERROR');
        if (s.msg) {
          // [AssertionError, msg] -> [NULL, AssertionError, msg] for CALL
          this.expr(s.msg);
          u.emit('PUSH_NULL');
          u.emit('SWAP', 3);
          u.emit('SWAP', 2);
          u.emit('CALL', 1);
        }
        u.emit('RAISE_VARARGS', 1);
        u.bind(ok);
        return;
      }
      case 'Import':
        for (const a of s.names) {
          u.loc = s; // the statement, as 3.11 (a traceback shows no carets under `import x`)
          u.emit('LOAD_CONST', u.constIndex(0n));
          u.emit('LOAD_CONST', u.constIndex(null));
          u.emit('IMPORT_NAME', u.nameIndex(a.name));
          if (a.asname) {
            // (3.11's compiler_import_as: each inner part replaces the package on the stack, the
            // last one is stored and the package under it popped)
            const parts = a.name.split('.');
            if (parts.length === 1) this.storeName(a.asname);
            else {
              for (const p of parts.slice(1, -1)) u.emit('IMPORT_FROM', u.nameIndex(p)), u.emit('SWAP', 2), u.emit('POP_TOP');
              u.emit('IMPORT_FROM', u.nameIndex(parts[parts.length - 1]));
              this.storeName(a.asname);
              u.emit('POP_TOP');
            }
          } else this.storeName(a.name.split('.')[0]);
        }
        return;
      case 'ImportFrom': {
        if (s.module === '__future__' && s.lineno > this.st.futureLineno) this.error('from __future__ imports must occur at the beginning of the file', s);
        u.emit('LOAD_CONST', u.constIndex(BigInt(s.level ?? 0)));
        u.emit('LOAD_CONST', u.constIndex(new PyTupleConst(s.names.map((a) => a.name))));
        u.emit('IMPORT_NAME', u.nameIndex(s.module ?? ''));
        if (s.names.length === 1 && s.names[0].name === '*') {
          if (u.block.kind !== 'module') this.error('import * only allowed at module level', s);
          u.emit('IMPORT_STAR');
          return;
        }
        for (const a of s.names) {
          // (the statement's position, as 3.11: a traceback shows no carets under the name)
          u.emit('IMPORT_FROM', u.nameIndex(a.name));
          this.storeName(a.asname ?? a.name);
        }
        u.emit('POP_TOP');
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Pass':
        // (CPython keeps a NOP where `pass` is the only instruction of its line: line events,
        // the line an except-pass handler's cleanup and exit are on)
        u.emit('NOP');
        return;
      case 'Expr':
        if (this.interactive && u.block.kind === 'module') {
          this.expr(s.value);
          u.emit('PRINT_EXPR');
          return;
        }
        // (a constant statement leaves a NOP on its line, as CPython's compiler_visit_stmt_expr)
        if (s.value.nodeType === 'Constant') return u.emit('NOP');
        this.expr(s.value);
        u.loc = ARTIFICIAL_LOC; // (3.11 marks it artificial: it shows the call's position, or none)
        u.emit('POP_TOP');
        return;
      case 'Break':
      case 'Continue': return this.breakOrContinue(s);
      case 'AsyncFunctionDef': return this.funcDef(s);
      case 'AsyncFor': return this.asyncFor(s);
      case 'With':
      case 'AsyncWith': return this.withStmt(s, 0);
      case 'Try':
        this.tryLine(s);
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'TryStar':
        this.tryLine(s);
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryStarExcept(s);
      case 'Match': return compileMatch(this.host, s);
    }
  }

  // ── frame blocks: what return/break/continue unwind ───────────────────────
  /** A try body; one that is only `pass` protects no instruction (CPython's NOP for it goes, as
   *  remove_redundant_nops drops it before the body's jump: no exception-table range). */
  private tryBody(body: A.Stmt[]): boolean {
    if (body.length === 1 && body[0].nodeType === 'Pass') {
      this.u.loc = body[0];
      return true;
    }
    for (const st of body) this.stmt(st);
    return false;
  }

  /** The `try:` line's own instruction (CPython's SETUP_FINALLY left as a NOP): line events and
   *  f_lineno stop at it, unless the body starts on the same line. */
  private tryLine(s: A.Try | A.TryStar): void {
    if (s.body.length > 0 && s.body[0].lineno === s.lineno) return;
    this.u.loc = s;
    this.u.emit('NOP');
  }

  private pushFblock(fb: FBlock, at: A.Located): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) this.error('too many statically nested blocks', at);
    this.u.fblocks.push(fb);
  }

  /** Emits the code that leaves one frame block (CPython's compiler_unwind_fblock). */
  private unwindFblock(fb: FBlock, preserveTos: boolean): void {
    const u = this.u;
    switch (fb.kind) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
      case 'EXCEPTION_GROUP_HANDLER':
      case 'ASYNC_COMPREHENSION_GENERATOR':
        return;
      case 'FOR_LOOP':
        // pop the iterator
        if (preserveTos) u.emit('SWAP', 2);
        u.emit('POP_TOP');
        return;
      case 'TRY_EXCEPT':
        u.popBlock();
        return;
      case 'FINALLY_TRY': {
        u.popBlock();
        if (preserveTos) this.pushFblock({ kind: 'POP_VALUE', start: null, exit: null }, u.loc ?? fb.withStmt!);
        for (const st of fb.finalbody!) this.stmt(st);
        if (preserveTos) u.fblocks.pop();
        // the finally body appears to run after the statement that caused the unwinding
        u.loc = null;
        return;
      }
      case 'FINALLY_END':
        if (preserveTos) u.emit('SWAP', 2);
        u.emit('POP_TOP'); // the exception
        if (preserveTos) u.emit('SWAP', 2);
        u.popBlock();
        u.emit('POP_EXCEPT');
        return;
      case 'WITH':
      case 'ASYNC_WITH':
        u.loc = fb.withStmt!;
        u.popBlock();
        if (preserveTos) u.emit('SWAP', 2);
        this.callExitWithNones();
        if (fb.kind === 'ASYNC_WITH') this.awaitTos(2);
        u.emit('POP_TOP');
        u.loc = null;
        return;
      case 'HANDLER_CLEANUP':
        if (fb.name) u.popBlock();
        if (preserveTos) u.emit('SWAP', 2);
        u.popBlock();
        u.emit('POP_EXCEPT');
        if (fb.name) this.clearName(fb.name);
        return;
      case 'POP_VALUE':
        if (preserveTos) u.emit('SWAP', 2);
        u.emit('POP_TOP');
        return;
    }
  }

  /** Unwinds frame blocks up to (not including) the innermost loop when `toLoop`; returns that loop. */
  private unwindFblockStack(preserveTos: boolean, toLoop: boolean, at: A.Located): FBlock | null {
    const u = this.u;
    const top = u.fblocks[u.fblocks.length - 1];
    if (top === undefined) return null;
    if (top.kind === 'EXCEPTION_GROUP_HANDLER') this.error("'break', 'continue' and 'return' cannot appear in an except* block", u.loc ?? at);
    if (toLoop && (top.kind === 'WHILE_LOOP' || top.kind === 'FOR_LOOP')) return top;
    u.fblocks.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, toLoop, at);
    u.fblocks.push(top);
    return loop;
  }

  private returnStmt(s: A.Return): void {
    const u = this.u;
    if (u.block.kind !== 'function') this.error("'return' outside function", s);
    if (s.value && u.block.isCoroutine && u.block.isGenerator) this.error("'return' with value in async generator", s);
    const preserveTos = s.value !== null && s.value.nodeType !== 'Constant';
    if (preserveTos) this.expr(s.value!);
    // as CPython, unwinding (and its errors) is located at a constant value on the same line;
    // a constant's return has a NOP on its line first when a finally body runs before it
    // (line events: the return's line, then the finally's), and the LOAD_CONST and the
    // RETURN_VALUE keep the line the unwinding leaves (compiler_return)
    u.loc = s.value && !preserveTos && s.value.lineno === s.lineno ? s.value : s;
    const nop = preserveTos ? -1 : this.lineNop(u.loc);
    if (preserveTos) u.loc = s;
    const saved = u.handlers.slice();
    this.unwindFblockStack(preserveTos, false, s);
    if (nop >= 0) this.dropLineNop(nop);
    if (!s.value) u.emit('LOAD_CONST', u.constIndex(null));
    else if (!preserveTos) u.emit('LOAD_CONST', u.constIndex((s.value as A.Constant).value));
    u.emit('RETURN_VALUE');
    u.handlers = saved;
  }

  private breakOrContinue(s: A.Break | A.Continue): void {
    const u = this.u;
    const saved = u.handlers.slice();
    // the statement's own line first (a finally body it runs comes after it, as CPython's
    // compiler_break/continue); the rest keeps the line the unwinding leaves
    const nop = this.lineNop(s);
    const loop = this.unwindFblockStack(false, true, s);
    if (!loop) this.error(s.nodeType === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s);
    if (s.nodeType === 'Break') {
      this.unwindFblock(loop, false);
      this.dropLineNop(nop);
      u.jump(loop.exit!);
    } else {
      this.dropLineNop(nop);
      u.jump(loop.start!);
    }
    u.handlers = saved;
  }

  /** A NOP on statement s's line before code that may run other lines first (a finally body):
   *  returns its index, for dropLineNop. */
  private lineNop(s: A.Located): number {
    this.u.loc = s;
    this.u.emit('NOP');
    return this.u.instrs.length - 1;
  }

  /** Removes the NOP at `at` when it is still the last instruction (nothing ran in between:
   *  the next instruction is on its line), as CPython's remove_redundant_nops. */
  private dropLineNop(at: number): void {
    const instrs = this.u.instrs;
    if (instrs.length - 1 === at && instrs[at].op === 'NOP') {
      this.u.loc = instrs[at].loc;
      instrs.pop();
    }
  }

  /** `name = None; del name` after an `except ... as name` handler. */
  private clearName(name: string): void {
    this.u.emit('LOAD_CONST', this.u.constIndex(null));
    this.nameOp(name, 'Store');
    this.nameOp(name, 'Del');
  }

  /** The shared tail of every cleanup handler: restore the outer exception and re-raise. */
  private popExceptAndReraise(): void {
    const u = this.u;
    u.emit('COPY', 3);
    u.emit('POP_EXCEPT');
    u.emit('RERAISE', 1);
  }

  // ── try ────────────────────────────────────────────────────────────────────
  private tryFinally(s: A.Try | A.TryStar): void {
    const u = this.u;
    const end = new Label();
    const exit = new Label();
    const cleanup = new Label();
    const outer = u.handlers.slice();
    // try block
    u.setup(end, 'finally');
    this.pushFblock({ kind: 'FINALLY_TRY', start: null, exit: end, finalbody: s.finalbody, withStmt: s }, s);
    if (s.handlers.length > 0) {
      if (s.nodeType === 'Try') this.tryExcept(s);
      else this.tryStarExcept(s);
    } else this.tryBody(s.body);
    u.loc = null;
    u.popBlock();
    u.fblocks.pop();
    for (const st of s.finalbody) this.stmt(st);
    u.loc = null;
    u.jump(exit);
    // finally block, on the exceptional path
    u.handlers = outer.slice();
    u.bind(end);
    u.loc = null;
    u.setup(cleanup, 'cleanup');
    u.emit('PUSH_EXC_INFO');
    this.pushFblock({ kind: 'FINALLY_END', start: null, exit: null }, s);
    for (const st of s.finalbody) this.stmt(st);
    u.fblocks.pop();
    // as CPython 3.11: the RERAISE is on the line of the last statement compiled (f_lineno
    // of a frame that leaves through the finally block)
    u.loc = this.lastStmt;
    u.emit('RERAISE', 0);
    u.handlers = outer.slice();
    u.bind(cleanup);
    this.popExceptAndReraise();
    u.bind(exit);
  }

  /**
   * The part try/except and try/except* share (CPython's compiler_try_except and
   * compiler_try_star_except): the body under a handler, the else block, the jump to `end`, then
   * the handler entry with PUSH_EXC_INFO under a cleanup block. The caller compiles the except
   * clauses and ends with closeTryHandlers.
   */
  private tryBodyThenHandlers(s: A.Try | A.TryStar, handlerKind: 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER'):
    { end: Label; cleanup: Label; outer: Handler[]; inHandler: Handler[] } {
    const u = this.u;
    const except = new Label();
    const end = new Label();
    const cleanup = new Label();
    const outer = u.handlers.slice();
    u.setup(except, 'finally');
    this.pushFblock({ kind: 'TRY_EXCEPT', start: null, exit: null }, s);
    const lonePass = this.tryBody(s.body);
    u.fblocks.pop();
    u.loc = null;
    u.popBlock();
    // (a lone `pass` body's NOP: CPython keeps it before an else body on another line, and
    // drops it before the jump past the handlers, which takes its line: line events, the exit's
    // line)
    if (lonePass && s.orelse.length > 0 && s.orelse[0].lineno !== s.body[0].lineno) {
      u.loc = s.body[0];
      u.emit('NOP');
    }
    for (const st of s.orelse) this.stmt(st);
    u.loc = lonePass && s.orelse.length === 0 ? s.body[0] : null;
    u.jump(end);
    u.bind(except);
    u.loc = null;
    u.setup(cleanup, 'cleanup');
    const inHandler = u.handlers.slice();
    u.emit('PUSH_EXC_INFO');
    this.pushFblock({ kind: handlerKind, start: null, exit: null }, s);
    return { end, cleanup, outer, inHandler };
  }

  private tryExcept(s: A.Try): void {
    const u = this.u;
    const { end, cleanup, outer, inHandler } = this.tryBodyThenHandlers(s, 'EXCEPTION_HANDLER');
    s.handlers.forEach((h, i) => {
      u.loc = h;
      if (!h.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        u.loc = h;
        u.emit('CHECK_EXC_MATCH');
        u.emit('POP_JUMP_IF_FALSE', next);
      }
      if (h.name) {
        const cleanupEnd = new Label();
        this.nameOp(h.name, 'Store');
        // try: body finally: name = None; del name
        u.setup(cleanupEnd, 'cleanup');
        this.pushFblock({ kind: 'HANDLER_CLEANUP', start: null, exit: null, name: h.name }, h);
        for (const st of h.body) this.stmt(st);
        u.fblocks.pop();
        u.loc = null;
        u.popBlock();
        u.popBlock();
        u.emit('POP_EXCEPT');
        this.clearName(h.name);
        u.jump(end);
        u.handlers = inHandler.slice();
        u.bind(cleanupEnd);
        u.loc = null;
        this.clearName(h.name);
        u.emit('RERAISE', 1);
      } else {
        u.emit('POP_TOP'); // the exception
        this.pushFblock({ kind: 'HANDLER_CLEANUP', start: null, exit: null, name: null }, h);
        for (const st of h.body) this.stmt(st);
        u.fblocks.pop();
        u.loc = null;
        u.popBlock();
        u.emit('POP_EXCEPT');
        u.jump(end);
        u.handlers = inHandler.slice();
      }
      u.bind(next);
    });
    u.loc = null;
    u.fblocks.pop();
    u.emit('RERAISE', 0);
    u.handlers = outer.slice();
    u.bind(cleanup);
    this.popExceptAndReraise();
    u.bind(end);
  }

  /** try/except* (PEP 654), as CPython 3.11's compiler_try_star_except. */
  private tryStarExcept(s: A.TryStar): void {
    const u = this.u;
    const reraiseStar = new Label();
    const { end, cleanup, outer, inHandler } = this.tryBodyThenHandlers(s, 'EXCEPTION_GROUP_HANDLER');
    s.handlers.forEach((h, i) => {
      u.loc = h;
      const nextExcept = new Label();
      const exceptWithError = new Label();
      const noMatch = new Label();
      const cleanupEnd = new Label();
      if (i === 0) {
        // [exc] -> [orig, [], exc]: the original group and the list of raised/re-raised parts
        u.emit('COPY', 1);
        u.emit('BUILD_LIST', 0);
        u.emit('SWAP', 2);
      }
      if (h.type) {
        this.expr(h.type);
        u.loc = h;
        u.emit('CHECK_EG_MATCH');
        u.emit('COPY', 1);
        u.emit('POP_JUMP_IF_NONE', noMatch);
      }
      if (h.name) this.nameOp(h.name, 'Store');
      else u.emit('POP_TOP');
      u.setup(cleanupEnd, 'cleanup');
      this.pushFblock({ kind: 'HANDLER_CLEANUP', start: null, exit: null, name: h.name }, h);
      for (const st of h.body) this.stmt(st);
      u.fblocks.pop();
      u.loc = null;
      u.popBlock();
      if (h.name) this.clearName(h.name);
      u.jump(nextExcept);
      u.handlers = inHandler.slice();
      u.bind(cleanupEnd);
      u.loc = null;
      if (h.name) this.clearName(h.name);
      u.emit('LIST_APPEND', 3); // the exception raised in the handler
      u.emit('POP_TOP'); // lasti
      u.jump(exceptWithError);
      u.bind(nextExcept);
      u.emit('NOP');
      u.jump(exceptWithError);
      u.bind(noMatch);
      u.emit('POP_TOP'); // the (None) match
      u.bind(exceptWithError);
      if (i === s.handlers.length - 1) {
        // the unhandled rest of the group joins the list
        u.emit('LIST_APPEND', 1);
        u.jump(reraiseStar);
      }
    });
    u.fblocks.pop();
    u.loc = null;
    const reraise = new Label();
    u.bind(reraiseStar);
    u.emit('PREP_RERAISE_STAR');
    u.emit('COPY', 1);
    u.emit('POP_JUMP_IF_NOT_NONE', reraise);
    // nothing to re-raise
    u.emit('POP_TOP');
    u.popBlock();
    u.emit('POP_EXCEPT');
    u.jump(end);
    u.handlers = inHandler.slice();
    u.bind(reraise);
    u.popBlock();
    u.emit('SWAP', 2);
    u.emit('POP_EXCEPT');
    u.emit('RERAISE', 0);
    u.handlers = outer.slice();
    u.bind(cleanup);
    this.popExceptAndReraise();
    u.bind(end);
  }

  // ── with / async with / async for ──────────────────────────────────────────
  private isAsyncScope(): boolean {
    return this.u.scopeType === 'async_function' || this.topLevelAwait();
  }

  /** Module code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT (the current unit's scope, or the
   *  given one): await, async for/with and async comprehensions allowed. */
  private topLevelAwait(scope: ScopeType = this.u.scopeType): boolean {
    return this.st.topLevelAwait && scope === 'module';
  }

  /** [exit] → [exit, None, None, None], CALL 2: calls exit(None, None, None) (exit sits in the method slot). */
  private callExitWithNones(): void {
    const u = this.u;
    const none = u.constIndex(null);
    u.emit('LOAD_CONST', none);
    u.emit('LOAD_CONST', none);
    u.emit('LOAD_CONST', none);
    u.emit('CALL', 2);
  }

  private withStmt(s: A.With | A.AsyncWith, pos: number): void {
    const u = this.u;
    const isAsync = s.nodeType === 'AsyncWith';
    if (isAsync && !this.isAsyncScope()) this.error("'async with' outside async function", s);
    const item = s.items[pos];
    const final = new Label();
    const exit = new Label();
    const cleanup = new Label();
    const outer = u.handlers.slice();
    this.expr(item.context_expr);
    u.loc = s;
    if (isAsync) {
      u.emit('BEFORE_ASYNC_WITH');
      this.awaitTos(1);
    } else u.emit('BEFORE_WITH');
    u.setup(final, 'with');
    this.pushFblock({ kind: isAsync ? 'ASYNC_WITH' : 'WITH', start: null, exit: final, withStmt: s }, s);
    if (item.optional_vars) this.target(item.optional_vars);
    else u.emit('POP_TOP');
    if (pos + 1 === s.items.length) for (const st of s.body) this.stmt(st);
    else this.withStmt(s, pos + 1);
    u.loc = null;
    u.popBlock();
    u.fblocks.pop();
    // success: __exit__(None, None, None)
    u.loc = s;
    this.callExitWithNones();
    if (isAsync) this.awaitTos(2);
    u.emit('POP_TOP');
    u.jump(exit);
    // exception: __exit__(type, value, tb), swallowing the exception if it returns true
    u.handlers = outer.slice();
    u.bind(final);
    u.setup(cleanup, 'cleanup');
    u.emit('PUSH_EXC_INFO');
    u.emit('WITH_EXCEPT_START');
    if (isAsync) this.awaitTos(2);
    this.withExceptFinish(cleanup, outer);
    u.bind(exit);
  }

  private withExceptFinish(cleanup: Label, outer: Handler[]): void {
    const u = this.u;
    const exit = new Label();
    const inCleanup = u.handlers.slice();
    u.emit('POP_JUMP_IF_TRUE', exit);
    u.emit('RERAISE', 2);
    u.handlers = outer.slice();
    u.bind(cleanup);
    this.popExceptAndReraise();
    u.handlers = inCleanup;
    u.bind(exit);
    u.emit('POP_TOP'); // the exception
    u.popBlock();
    u.emit('POP_EXCEPT');
    u.emit('POP_TOP'); // lasti
    u.emit('POP_TOP'); // __exit__
  }

  private asyncFor(s: A.AsyncFor): void {
    const u = this.u;
    if (!this.isAsyncScope()) this.error("'async for' outside async function", s);
    const start = new Label();
    const except = new Label();
    const end = new Label();
    this.expr(s.iter);
    u.loc = s;
    u.emit('GET_AITER');
    u.bind(start);
    this.pushFblock({ kind: 'FOR_LOOP', start, exit: end }, s);
    // the __anext__ call is guarded: StopAsyncIteration ends the loop
    u.setup(except, 'finally');
    u.emit('GET_ANEXT');
    u.emit('LOAD_CONST', u.constIndex(null));
    this.yieldFrom(true);
    u.popBlock();
    this.target(s.target);
    for (const st of s.body) this.stmt(st);
    u.loc = null;
    u.jump(start);
    u.fblocks.pop();
    u.bind(except);
    u.loc = s.iter;
    u.emit('END_ASYNC_FOR');
    for (const st of s.orelse) this.stmt(st);
    u.bind(end);
  }

  // ── yield, yield from, await ───────────────────────────────────────────────
  /** [receiver, value] → [result]: delegate to the receiver until it returns (3.11's SEND loop). */
  private yieldFrom(isAwait: boolean): void {
    const u = this.u;
    const start = new Label();
    const exit = new Label();
    u.bind(start);
    u.emit('SEND', exit);
    u.emit('YIELD_VALUE');
    u.emit('RESUME', isAwait ? 3 : 2);
    u.emit('JUMP_BACKWARD', start);
    u.bind(exit);
  }

  /** Awaits TOS: GET_AWAITABLE `where` (0 await, 1 __aenter__, 2 __aexit__), then the SEND loop. */
  private awaitTos(where: number): void {
    const u = this.u;
    u.emit('GET_AWAITABLE', where);
    u.emit('LOAD_CONST', u.constIndex(null));
    this.yieldFrom(true);
  }

  /** YIELD_VALUE with the async-generator wrapper CPython adds in async generators. */
  private addYield(): void {
    const u = this.u;
    if (u.block.isGenerator && u.block.isCoroutine) u.emit('ASYNC_GEN_WRAP');
    u.emit('YIELD_VALUE');
    u.emit('RESUME', 1);
  }

  private augAssign(s: A.AugAssign): void {
    const u = this.u;
    const t = s.target;
    const op = BINOP[s.op] + 13;
    // (3.11's compiler_augassign: the target's load and store at the target's position, the
    // operation at the statement's)
    if (t.nodeType === 'Name') {
      u.loc = t;
      this.nameOp(t.id, 'Load');
      u.loc = s;
      this.expr(s.value);
      u.emit('BINARY_OP', op);
      u.loc = t;
      this.nameOp(t.id, 'Store');
    } else if (t.nodeType === 'Attribute') {
      const name = u.nameIndex(mangle(u.block.privateName, t.attr));
      const at = attrStart(t, t);
      u.loc = t;
      this.expr(t.value);
      u.emit('COPY', 1);
      u.loc = at;
      u.emit('LOAD_ATTR', name);
      u.loc = s;
      this.expr(s.value);
      u.emit('BINARY_OP', op);
      u.loc = at;
      u.emit('SWAP', 2);
      u.emit('STORE_ATTR', name);
    } else if (t.nodeType === 'Subscript') {
      u.loc = t;
      this.expr(t.value);
      this.expr(t.slice);
      u.emit('COPY', 2);
      u.emit('COPY', 2);
      u.emit('BINARY_SUBSCR');
      u.loc = s;
      this.expr(s.value);
      u.emit('BINARY_OP', op);
      u.loc = t;
      u.emit('SWAP', 3);
      u.emit('SWAP', 2);
      u.emit('STORE_SUBSCR');
    } else this.error('illegal expression for augmented assignment', t);
    u.loc = s;
  }

  private forStmt(s: A.For): void {
    const u = this.u;
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.expr(s.iter);
    u.emit('GET_ITER');
    u.bind(start);
    this.pushFblock({ kind: 'FOR_LOOP', start, exit: end }, s);
    u.loc = s;
    u.emit('FOR_ITER', cleanup);
    this.target(s.target);
    for (const b of s.body) this.stmt(b);
    u.loc = ARTIFICIAL_LOC; // (CPython's line events and f_lineno: the body's last line)
    u.emit('JUMP_BACKWARD', start);
    u.fblocks.pop();
    u.bind(cleanup);
    for (const b of s.orelse) this.stmt(b);
    u.bind(end);
  }

  private whileStmt(s: A.While): void {
    const u = this.u;
    const start = new Label();
    const orelse = new Label();
    const end = new Label();
    u.bind(start);
    this.pushFblock({ kind: 'WHILE_LOOP', start, exit: end }, s);
    this.jumpIf(s.test, false, orelse);
    // a constant true test (`while True:`, `while 1:`) is a NOP on the while's line and the body's
    // end jumps back to the body, not to it (CPython 3.11 tests at the bottom: its folded test
    // there is one jump); nothing leads past the loop but a break (dead_code.ts removes the rest)
    const endless = constTruth(s.test) === true;
    const body = new Label();
    u.bind(body);
    for (const b of s.body) this.stmt(b);
    warnAgain(s.test, this.warn);
    u.loc = s; // (CPython tests again at the bottom, on the while's line: tracebacks, Ctrl-C)
    u.emit('JUMP_BACKWARD', endless ? body : start);
    u.fblocks.pop();
    u.bind(orelse);
    for (const b of s.orelse) this.stmt(b);
    u.bind(end);
  }

  private ifStmt(s: A.If): void {
    const u = this.u;
    const next = new Label();
    const end = new Label();
    this.jumpIf(s.test, false, next);
    for (const b of s.body) this.stmt(b);
    if (s.orelse.length > 0) {
      u.loc = null; // (CPython's JUMP_NOLINE: the then-branch's last line)
      u.emit('JUMP_FORWARD', end);
      u.bind(next);
      for (const b of s.orelse) this.stmt(b);
      u.bind(end);
    } else u.bind(next);
  }

  /** Evaluates a condition and jumps to `to` when it is `when`. */
  private jumpIf(e: A.Expr, when: boolean, to: Label): void {
    const u = this.u;
    if (e.nodeType === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !when, to);
    if (e.nodeType === 'BoolOp') {
      const isAnd = e.op === 'And';
      if (isAnd !== when) {
        // and/false or or/true: any operand deciding jumps straight to `to`
        for (const v of e.values) this.jumpIf(v, when, to);
      } else {
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], !when, skip);
        this.jumpIf(e.values[e.values.length - 1], when, to);
        u.bind(skip);
      }
      return;
    }
    const truth = constTruth(e);
    if (truth !== undefined) {
      // CPython's peephole: LOAD_CONST c; POP_JUMP_IF_x becomes NOP; JUMP (taken) or NOP; NOP,
      // and its cleanup leaves one NOP at the jump's position (the statement's) where the next
      // instruction is on another line, and no jump where it lands on the next instruction
      // (dead_code.ts)
      u.emit('NOP');
      u.markFolded();
      if (truth === when) {
        u.jump(to);
        u.markFolded();
      }
      return;
    }
    if (e.nodeType === 'Compare') {
      // CPython's compiler_jump_if sets the location to a comparison's and leaves it there: the
      // jump, and what follows it up to the next statement (an assert's raise), carry the
      // comparison's position (the carets under `x == 1` of a failing `assert x == 1`)
      u.loc = e;
    }
    // `x is None` / `x is not None`: CPython 3.11's peephole turns LOAD_CONST None; IS_OP;
    // POP_JUMP_IF_FALSE/TRUE into one POP_JUMP_IF_(NOT_)NONE (optimize_basic_block)
    if (e.nodeType === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot')) {
      const c = e.comparators[0];
      if (c.nodeType === 'Constant' && c.value === null) {
        this.expr(e.left);
        u.emit(when !== (e.ops[0] === 'IsNot') ? 'POP_JUMP_IF_NONE' : 'POP_JUMP_IF_NOT_NONE', to);
        return;
      }
    }
    this.expr(e);
    u.emit(when ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', to);
  }

  // ── functions and classes ──────────────────────────────────────────────────
  private qualname(name: string): string {
    const u = this.u;
    const b = u.block;
    if (b.kind === 'module') return name;
    const sym = b.symbols.get(mangle(b.privateName, name));
    // `global X` in the enclosing scope makes X's qualname the bare name, even inside a function
    if (sym && sym.scope === Scope.GLOBAL_EXPLICIT) return name;
    // (3.11's compiler_set_qualname: only functions and lambdas add `.<locals>`; a comprehension
    // is a function block but not such a scope: `<listcomp>.<lambda>`)
    if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'lambda') return `${u.qualname}.<locals>.${name}`;
    return `${u.qualname}.${name}`;
  }

  /** Pushes defaults/kwdefaults/annotations; returns the MAKE_FUNCTION flags so far. */
  private functionPrologue(args: A.Arguments, returns: A.Expr | null, withAnnotations: boolean): number {
    const u = this.u;
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      u.emit('BUILD_TUPLE', args.defaults.length);
      flags |= 1;
    }
    const kw: [string, A.Expr][] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) kw.push([mangle(u.block.privateName, a.arg), d]);
    });
    if (kw.length > 0) {
      for (const [name, d] of kw) {
        u.emit('LOAD_CONST', u.constIndex(name));
        this.expr(d);
      }
      u.emit('BUILD_MAP', kw.length);
      flags |= 2;
    }
    if (withAnnotations) {
      const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
      let n = 0;
      for (const a of all) {
        if (!a.annotation) continue;
        u.emit('LOAD_CONST', u.constIndex(mangle(u.block.privateName, a.arg)));
        if (this.st.futureAnnotations) this.annotation(a.annotation);
        else if (a.annotation.nodeType === 'Starred') {
          // *args: *Ts (a TypeVarTuple): the annotation is the single item of the unpacking
          this.expr(a.annotation.value);
          u.emit('UNPACK_SEQUENCE', 1);
        } else this.expr(a.annotation);
        n++;
      }
      if (returns) {
        u.emit('LOAD_CONST', u.constIndex('return'));
        this.annotation(returns);
        n++;
      }
      if (n > 0) {
        u.emit('BUILD_TUPLE', n * 2);
        flags |= 4;
      }
    }
    return flags;
  }

  /** An annotation's value: the expression, or under `from __future__ import annotations` its
   *  source text as CPython's compiler writes it (compiler/ast_unparse.ts). */
  private annotation(e: A.Expr): void {
    if (this.st.futureAnnotations) this.u.emit('LOAD_CONST', this.u.constIndex(unparseExpr(e)));
    else this.expr(e);
  }

  private makeClosure(code: CodeObject, flags: number): void {
    const u = this.u;
    if (code.freevars.length > 0) {
      for (const name of code.freevars) {
        // a class's __class__ cell, or the enclosing unit's cell/free variable of that name
        u.emit('LOAD_CLOSURE', u.derefIndex(name));
      }
      u.emit('BUILD_TUPLE', code.freevars.length);
      flags |= 8;
    }
    u.emit('LOAD_CONST', u.constIndex(code));
    u.emit('MAKE_FUNCTION', flags);
  }

  /** Decorators are evaluated first, each with the NULL slot CALL expects below it. */
  private decorators(list: A.Expr[]): void {
    for (const d of list) {
      this.u.emit('PUSH_NULL');
      this.expr(d);
    }
  }

  private applyDecorators(list: A.Expr[]): void {
    for (let i = 0; i < list.length; i++) this.u.emit('CALL', 1);
  }

  private funcDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const u = this.u;
    u.loc = s;
    this.checkDebugArgs(s.args, s);
    this.decorators(s.decorator_list);
    u.loc = s;
    const flags = this.functionPrologue(s.args, s.returns, true);
    const qualname = this.qualname(s.name);
    this.enter(s, qualname, s.nodeType === 'AsyncFunctionDef' ? 'async_function' : 'function');
    const first = s.body[0];
    const doc = first && first.nodeType === 'Expr' && first.value.nodeType === 'Constant' && isPyStr(first.value.value) && this.optimize < 2 ? first.value.value : null;
    this.u.constIndex(doc);
    // (the docstring is consts[0], not a statement: no NOP, no line event for it)
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]);
    this.u.loc = IMPLICIT_RETURN_LOC;
    this.u.emit('LOAD_CONST', this.u.constIndex(null));
    this.u.emit('RETURN_VALUE');
    locateImplicitReturns(this.u.instrs);
    const code = this.leave(s.name, s.lineno, s.args);
    u.loc = s;
    this.makeClosure(code, flags);
    this.applyDecorators(s.decorator_list);
    this.storeName(s.name);
  }

  private classDef(s: A.ClassDef): void {
    const u = this.u;
    u.loc = s;
    this.decorators(s.decorator_list);
    u.loc = s;
    u.emit('PUSH_NULL');
    u.emit('LOAD_BUILD_CLASS');
    const qualname = this.qualname(s.name);
    this.enter(s, qualname, 'class');
    const cu = this.u;
    // (3.11: the scope's own start, the first decorator's line or the class's, columns 0 to 0)
    const first = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    cu.loc = { lineno: first, end_lineno: first, col_offset: 0, end_col_offset: 0 };
    cu.emit('LOAD_NAME', cu.nameIndex('__name__'));
    cu.emit('STORE_NAME', cu.nameIndex('__module__'));
    cu.emit('LOAD_CONST', cu.constIndex(qualname));
    cu.emit('STORE_NAME', cu.nameIndex('__qualname__'));
    if (findAnnotations(s.body)) cu.emit('SETUP_ANNOTATIONS');
    this.body(s.body);
    cu.loc = IMPLICIT_RETURN_LOC;
    if (cu.block.needsClassClosure) {
      cu.emit('LOAD_CLOSURE', cu.derefIndex('__class__'));
      cu.emit('COPY', 1);
      cu.emit('STORE_NAME', cu.nameIndex('__classcell__'));
    } else cu.emit('LOAD_CONST', cu.constIndex(null));
    cu.emit('RETURN_VALUE');
    locateImplicitReturns(cu.instrs);
    const code = this.leave(s.name, s.lineno, null);
    u.loc = s;
    this.makeClosure(code, 0);
    u.emit('LOAD_CONST', u.constIndex(s.name));
    this.callArgs(s.bases, s.keywords, 2);
    this.applyDecorators(s.decorator_list);
    this.storeName(s.name);
  }

  // ── targets ────────────────────────────────────────────────────────────────
  /** Stores to (or deletes) a target, at the target's own position (3.11 visits targets as
   *  expressions: a traceback's carets under `x` of `del x`, under `a, b` of `a, b = v`). */
  private target(t: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = t;
    this.targetInner(t);
    u.loc = saved;
  }

  private targetInner(t: A.Expr): void {
    const u = this.u;
    switch (t.nodeType) {
      case 'Name':
        // (at the name's own line by target(): a `with f() \ as x` has a line event there)
        if (t.id === '__debug__') this.forbiddenDebug(t.ctx, t);
        return this.nameOp(t.id, t.ctx);
      case 'Attribute':
        this.expr(t.value);
        u.loc = attrStart(t, t);
        if (t.ctx === 'Store' && t.attr === '__debug__') this.forbiddenDebug('Store', t);
        u.emit(t.ctx === 'Del' ? 'DELETE_ATTR' : 'STORE_ATTR', u.nameIndex(mangle(u.block.privateName, t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        u.loc = t;
        u.emit(t.ctx === 'Del' ? 'DELETE_SUBSCR' : 'STORE_SUBSCR');
        return;
      case 'Tuple':
      case 'List': {
        if (t.ctx === 'Del') {
          for (const e of t.elts) this.target(e);
          return;
        }
        const star = t.elts.findIndex((e) => e.nodeType === 'Starred');
        if (star < 0) u.emit('UNPACK_SEQUENCE', t.elts.length);
        else {
          if (t.elts.filter((e) => e.nodeType === 'Starred').length > 1) this.error('multiple starred expressions in assignment', t);
          const after = t.elts.length - star - 1;
          if (star >= 256 || after >= (1 << 16)) this.error('too many expressions in star-unpacking assignment', t);
          u.emit('UNPACK_EX', star | (after << 8));
        }
        for (const e of t.elts) this.target(e.nodeType === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred':
        this.error('starred assignment target must be in a list or tuple', t);
        break;
      default:
        this.error('cannot assign to expression', t);
    }
  }

  // ── expressions ────────────────────────────────────────────────────────────
  private expr(e: A.Expr): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = e;
    this.exprInner(e);
    u.loc = saved;
  }

  private exprInner(e: A.Expr): void {
    const u = this.u;
    switch (e.nodeType) {
      case 'Constant':
        u.emit('LOAD_CONST', u.constIndex(e.value));
        return;
      case 'Name':
        return this.nameOp(e.id, 'Load');
      case 'BoolOp': {
        const end = new Label();
        for (let i = 0; i < e.values.length; i++) {
          this.expr(e.values[i]);
          if (i < e.values.length - 1) u.emit(e.op === 'And' ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP', end);
        }
        u.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        u.emit('COPY', 1);
        this.target(e.target);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        u.loc = e;
        u.emit('BINARY_OP', BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        u.loc = e;
        u.emit(e.op === 'Not' ? 'UNARY_NOT' : e.op === 'USub' ? 'UNARY_NEGATIVE' : e.op === 'UAdd' ? 'UNARY_POSITIVE' : 'UNARY_INVERT');
        return;
      case 'Lambda': {
        this.checkDebugArgs(e.args, e);
        const flags = this.functionPrologue(e.args, null, false);
        this.enter(e, this.qualname('<lambda>'), 'lambda');
        this.u.constIndex(null);
        this.expr(e.body);
        this.u.emit('RETURN_VALUE');
        const code = this.leave('<lambda>', e.lineno, e.args);
        u.loc = e;
        this.makeClosure(code, flags);
        return;
      }
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        u.loc = ARTIFICIAL_LOC; // (ADDOP_JUMP_NOLINE: the body's position)
        u.emit('JUMP_FORWARD', end);
        u.loc = e;
        u.bind(orelse);
        this.expr(e.orelse);
        u.bind(end);
        return;
      }
      case 'Dict': {
        let pending = 0;
        let built = false;
        const flush = (): void => {
          if (pending === 0 && built) return;
          u.emit('BUILD_MAP', pending);
          if (built) u.emit('DICT_UPDATE', 1);
          built = true;
          pending = 0;
        };
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            flush();
            this.expr(e.values[i]);
            u.emit('DICT_UPDATE', 1);
          } else {
            this.expr(k);
            this.expr(e.values[i]);
            pending++;
          }
        }
        if (!built || pending > 0) flush();
        return;
      }
      case 'Set':
        return this.sequence(e.elts, 'BUILD_SET', 'SET_UPDATE');
      case 'List':
        if (e.ctx !== 'Load') return this.target(e);
        return this.sequence(e.elts, 'BUILD_LIST', 'LIST_EXTEND');
      case 'Tuple': {
        if (e.ctx !== 'Load') return this.target(e);
        if (e.elts.some((x) => x.nodeType === 'Starred')) {
          this.sequence(e.elts, 'BUILD_LIST', 'LIST_EXTEND');
          u.emit('LIST_TO_TUPLE');
          return;
        }
        for (const x of e.elts) this.expr(x);
        u.loc = e;
        u.emit('BUILD_TUPLE', e.elts.length);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Await':
        if (!this.topLevelAwait()) {
          if (u.block.kind !== 'function') this.error("'await' outside function", e);
          if (u.scopeType !== 'async_function' && u.scopeType !== 'comprehension') this.error("'await' outside async function", e);
        }
        this.expr(e.value);
        u.loc = e;
        this.awaitTos(0);
        return;
      case 'YieldFrom':
        if (u.block.kind !== 'function') this.error("'yield' outside function", e);
        if (u.scopeType === 'async_function') this.error("'yield from' inside async function", e);
        this.expr(e.value);
        u.loc = e;
        u.emit('GET_YIELD_FROM_ITER');
        u.emit('LOAD_CONST', u.constIndex(null));
        this.yieldFrom(false);
        return;
      case 'Yield':
        if (u.block.kind !== 'function') this.error("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        else u.emit('LOAD_CONST', u.constIndex(null));
        u.loc = e;
        this.addYield();
        return;
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        u.emit('FORMAT_VALUE', flags);
        return;
      }
      case 'JoinedStr':
        if (e.values.length === 0) { u.emit('LOAD_CONST', u.constIndex('')); return; }
        for (const v of e.values) this.expr(v);
        if (e.values.length > 1) u.emit('BUILD_STRING', e.values.length);
        else if (e.values[0].nodeType === 'Constant') { /* already a str */ }
        return;
      case 'Attribute':
        if (e.ctx !== 'Load') return this.target(e);
        this.expr(e.value);
        u.loc = attrStart(e, e);
        u.emit('LOAD_ATTR', u.nameIndex(mangle(u.block.privateName, e.attr)));
        return;
      case 'Subscript':
        if (e.ctx !== 'Load') return this.target(e);
        checkSubscript(e, this.warn);
        this.expr(e.value);
        this.expr(e.slice);
        u.loc = e;
        u.emit('BINARY_SUBSCR');
        return;
      case 'Starred':
        this.error("can't use starred expression here", e);
        break;
      case 'Slice': {
        const none = (): void => u.emit('LOAD_CONST', u.constIndex(null));
        if (e.lower) this.expr(e.lower); else none();
        if (e.upper) this.expr(e.upper); else none();
        if (e.step) this.expr(e.step);
        u.emit('BUILD_SLICE', e.step ? 3 : 2);
        return;
      }
    }
  }

  private sequence(elts: A.Expr[], build: 'BUILD_LIST' | 'BUILD_SET', extend: 'LIST_EXTEND' | 'SET_UPDATE'): void {
    const u = this.u;
    if (elts.length > 2 && elts.every((x) => x.nodeType === 'Constant')) {
      // as CPython: [1, 2, 3] extends an empty list from a tuple constant, {1, 2, 3} updates an
      // empty set from a frozenset constant (so the set's insertion order is the frozenset's)
      const items = elts.map((x) => (x as A.Constant).value);
      u.emit(build, 0);
      u.emit('LOAD_CONST', u.constIndex(build === 'BUILD_SET' ? new PyFrozenSetConst(items) : new PyTupleConst(items)));
      u.emit(extend, 1);
      return;
    }
    if (!elts.some((x) => x.nodeType === 'Starred')) {
      for (const x of elts) this.expr(x);
      u.emit(build, elts.length);
      return;
    }
    u.emit(build, 0);
    for (const x of elts) {
      if (x.nodeType === 'Starred') {
        this.expr(x.value);
        u.emit(extend, 1);
      } else {
        this.expr(x);
        u.emit(build === 'BUILD_LIST' ? 'LIST_APPEND' : 'SET_ADD', 1);
      }
    }
  }

  private compare(e: A.Compare): void {
    const u = this.u;
    const one = (op: A.CmpOpKind): void => {
      if (op === 'Is' || op === 'IsNot') u.emit('IS_OP', op === 'IsNot' ? 1 : 0);
      else if (op === 'In' || op === 'NotIn') u.emit('CONTAINS_OP', op === 'NotIn' ? 1 : 0);
      else u.emit('COMPARE_OP', CMP[op]!);
    };
    checkCompare(e, this.warn);
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.expr(e.comparators[0]);
      u.loc = e;
      one(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < e.ops.length - 1; i++) {
      this.expr(e.comparators[i]);
      u.emit('SWAP', 2);
      u.emit('COPY', 2);
      u.loc = e;
      one(e.ops[i]);
      u.emit('JUMP_IF_FALSE_OR_POP', cleanup);
    }
    this.expr(e.comparators[e.ops.length - 1]);
    u.loc = e;
    one(e.ops[e.ops.length - 1]);
    u.emit('JUMP_FORWARD', end);
    u.bind(cleanup);
    u.emit('SWAP', 2);
    u.emit('POP_TOP');
    u.bind(end);
  }

  private call(e: A.Call): void {
    const u = this.u;
    const f = e.func;
    const simple = !e.args.some((a) => a.nodeType === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (f.nodeType === 'Attribute' && f.ctx === 'Load' && simple) {
      this.expr(f.value);
      u.loc = attrStart(f, f);
      u.emit('LOAD_METHOD', u.nameIndex(mangle(u.block.privateName, f.attr)));
      // (the call starts where the method's name does when they are on different lines)
      u.loc = attrStart(e, f);
    } else {
      checkCaller(e, this.warn);
      u.loc = f; // (3.11: the NULL at the callee's position)
      u.emit('PUSH_NULL');
      u.loc = e;
      this.expr(f);
    }
    this.callArgs(e.args, e.keywords, 0);
  }

  /** Pushes arguments and emits the call; `extra` positional values are already on the stack. */
  private callArgs(args: A.Expr[], keywords: A.Keyword[], extra: number): void {
    const u = this.u;
    const loc = u.loc;
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (k.arg === '__debug__') this.forbiddenDebug('Store', loc);
      if (seen.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
    if (!args.some((a) => a.nodeType === 'Starred') && !keywords.some((k) => k.arg === null)) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      u.loc = loc;
      if (keywords.length > 0) {
        u.emit('LOAD_CONST', u.constIndex(new PyTupleConst(keywords.map((k) => k.arg!))));
        u.emit('CALL_KW', extra + args.length + keywords.length);
      } else u.emit('CALL', extra + args.length);
      return;
    }
    // general form: a tuple of positionals and a dict of keywords; a lone starred argument goes
    // as is (CPython 3.11: CALL_FUNCTION_EX converts it, naming the function if it cannot)
    if (extra === 0 && args.length === 1 && args[0].nodeType === 'Starred') this.expr(args[0].value);
    else {
      u.emit('BUILD_LIST', extra);
      for (const a of args) {
        if (a.nodeType === 'Starred') {
          this.expr(a.value);
          u.emit('LIST_EXTEND', 1);
        } else {
          this.expr(a);
          u.emit('LIST_APPEND', 1);
        }
      }
      u.emit('LIST_TO_TUPLE');
    }
    let hasKw = false;
    if (keywords.length > 0) {
      u.emit('BUILD_MAP', 0);
      hasKw = true;
      for (const k of keywords) {
        if (k.arg === null) {
          this.expr(k.value);
          u.emit('DICT_MERGE', 1);
        } else {
          u.emit('LOAD_CONST', u.constIndex(k.arg));
          this.expr(k.value);
          u.emit('BUILD_MAP', 1);
          u.emit('DICT_MERGE', 1);
        }
      }
    }
    u.loc = loc;
    u.emit('CALL_FUNCTION_EX', hasKw ? 1 : 0);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.u;
    const outerScope = u.scopeType;
    const name = e.nodeType === 'ListComp' ? '<listcomp>' : e.nodeType === 'SetComp' ? '<setcomp>' : e.nodeType === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    this.enter(e, this.qualname(name), 'comprehension');
    const cu = this.u;
    cu.loc = e;
    const isAsync = cu.block.isCoroutine;
    if (isAsync && e.nodeType !== 'GeneratorExp' && outerScope !== 'async_function' && outerScope !== 'comprehension' && !this.topLevelAwait(outerScope)) {
      this.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    if (e.nodeType !== 'GeneratorExp') cu.emit(e.nodeType === 'ListComp' ? 'BUILD_LIST' : e.nodeType === 'SetComp' ? 'BUILD_SET' : 'BUILD_MAP', 0);
    this.comprehensionLoop(e, 0, 0);
    cu.loc = e;
    if (e.nodeType === 'GeneratorExp') cu.emit('LOAD_CONST', cu.constIndex(null));
    cu.emit('RETURN_VALUE');
    const code = this.leave(name, e.lineno, null);
    u.loc = e;
    this.makeClosure(code, 0);
    this.expr(e.generators[0].iter);
    u.loc = e;
    u.emit(e.generators[0].is_async ? 'GET_AITER' : 'GET_ITER');
    // [function, iterator] called as CPython 3.11 does (PRECALL 0; CALL 0): a CALL whose
    // callable slot is not NULL takes the slot above it as its first argument, so the
    // function is called with the iterator without a PUSH_NULL and two SWAPs (three dispatches
    // per comprehension; vm/NOTES.md "h29-nq")
    u.emit('CALL', 0);
    if (isAsync && e.nodeType !== 'GeneratorExp') this.awaitTos(0);
  }

  /** One `for` clause of a comprehension; `depth` counts the iterators below the result. */
  private comprehensionLoop(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gi: number, depth: number): void {
    const u = this.u;
    const g = e.generators[gi];
    const start = new Label();
    const ifCleanup = new Label();
    const anchor = new Label();
    if (gi === 0) u.emit('LOAD_FAST', 0); // the outermost iterator, passed as argument .0
    else {
      this.expr(g.iter);
      u.loc = e;
      u.emit(g.is_async ? 'GET_AITER' : 'GET_ITER');
    }
    u.bind(start);
    u.loc = e;
    if (g.is_async) {
      this.pushFblock({ kind: 'ASYNC_COMPREHENSION_GENERATOR', start, exit: null }, e);
      u.setup(anchor, 'finally');
      u.emit('GET_ANEXT');
      u.emit('LOAD_CONST', u.constIndex(null));
      this.yieldFrom(true);
      u.popBlock();
    } else u.emit('FOR_ITER', anchor);
    depth++;
    this.target(g.target);
    // a failed condition skips to the loop's back edge (JUMP_BACKWARD stays the only backward jump)
    for (const cond of g.ifs) this.jumpIf(cond, false, ifCleanup);
    if (gi + 1 < e.generators.length) this.comprehensionLoop(e, gi + 1, depth);
    else {
      switch (e.nodeType) {
        case 'ListComp': this.expr(e.elt); u.emit('LIST_APPEND', depth + 1); break;
        case 'SetComp': this.expr(e.elt); u.emit('SET_ADD', depth + 1); break;
        case 'DictComp': this.expr(e.key); this.expr(e.value); u.emit('MAP_ADD', depth + 1); break;
        case 'GeneratorExp': this.expr(e.elt); u.loc = e; this.addYield(); u.emit('POP_TOP'); break;
      }
    }
    u.bind(ifCleanup);
    u.loc = e;
    u.emit('JUMP_BACKWARD', start);
    if (g.is_async) {
      u.fblocks.pop();
      u.bind(anchor);
      u.emit('END_ASYNC_FOR');
    } else u.bind(anchor);
  }
}

/** CPython's find_ann: an annotated assignment anywhere in these statements, outside nested
 *  functions and classes (the body then needs SETUP_ANNOTATIONS). */
function findAnnotations(stmts: A.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s.nodeType) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        break;
      case 'Match':
        for (const c of s.cases) if (findAnnotations(c.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function charCol(text: string, byteCol: number): number {
  return [...Buffer.from(text, 'utf8').subarray(0, byteCol).toString('utf8')].length;
}
