// The symbol table pass: a port of the semantics of CPython 3.11's Python/symtable.c.
// Pass 1 (SymtableBuilder) walks the AST once, opens one Block per module / class / function /
// lambda / comprehension and records raw def-use flags per (mangled) name. Pass 2 (analyze*)
// resolves every name to a Scope exactly as analyze_block / analyze_name / analyze_cells /
// update_symbols / drop_class_free do, so codegen can choose FAST / DEREF / GLOBAL / NAME ops.
// Invariants: flag values equal pycore_symtable.h's; symbols keep CPython's insertion order
// (pass-through free names that update_symbols adds come last); errors are PySyntaxError with
// CPython's message and location (offsets are col_offset + 1, UTF-8 based, as CPython reports).
// The future pass (future.c) runs first, as in CPython: its errors come from buildSymtable too.
// Interface: docs/symtable-api.md. Annotation blocks (`from __future__ import annotations`) are
// built for their error checks but, as in CPython, never attached to the tree nor analyzed.

import { isPyStr } from './constants';
import type {
  Alias, Arg, Arguments, Comprehension, ExceptHandler, Expr, Keyword, MatchCase, Mod, Pattern, Stmt,
  WithItem,
} from './ast';
import { compilerError, PySyntaxError } from './errors';

// Flags, same values as CPython 3.11 Include/internal/pycore_symtable.h
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
  DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/** Where CPython stores the scope inside its symbol flags (`flags | scope << SCOPE_OFFSET`). */
export const SCOPE_OFFSET = 11;

export enum Scope { LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }
export type BlockKind = 'module' | 'class' | 'function'; // lambdas and comprehensions are 'function'
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'generator';

export interface SymbolEntry { name: string; flags: number; scope: Scope }

export interface Block {
  kind: BlockKind;
  name: string;
  node: object;
  lineno: number; col_offset: number;
  symbols: Map<string, SymbolEntry>;
  varnames: string[];
  children: Block[];
  parent: Block | null;
  isNested: boolean;
  isGenerator: boolean;
  isCoroutine: boolean;
  isComprehension: boolean;
  hasVarargs: boolean; hasVarkeywords: boolean;
  needsClassClosure: boolean;
  childHasFree: boolean;
  privateName: string | null;
  // Beyond docs/symtable-api.md (CPython fields, useful to codegen and the dumps):
  /** ste_free: the block has free variables (or, nested, uses globals) */
  hasFree: boolean;
  /** ste_comprehension */
  comprehension: ComprehensionKind;
  /** ste_returns_value: a `return <value>` occurs in the block */
  returnsValue: boolean;
}

export interface Symtable {
  top: Block;
  blockFor(node: object): Block; // throws if the node opened no block
  /** `from __future__ import annotations` is in effect (annotations are not evaluated) */
  futureAnnotations: boolean;
  /** The future flags every code object of the module carries in co_flags: compile()'s own
   *  (and inherited) ones, plus annotations and barry_as_FLUFL from the source, as CPython 3.11 */
  futureFlags: number;
  /** The line of the last `from __future__` import of the module's prologue (-1: none): any
   *  later one is the code generator's error (CPython's ff_lineno). */
  futureLineno: number;
  /** compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for/with and asynchronous
   *  comprehensions at module level make the module's code a coroutine (CO_COROUTINE). */
  topLevelAwait: boolean;
}

/** co_flags / compile() flag bits of the __future__ features (PyCF_MASK). */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_MASK = 0x1fe0000;

interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** Raised (as CPython's RecursionError) when the AST is nested deeper than CPython allows. The
 *  message contains "call stack" so the CLI reports it like a JS stack overflow. */
export class CompileRecursionError extends RangeError {
  constructor() {
    super('maximum recursion depth exceeded during compilation (call stack)');
  }
}

/** CPython's default recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3). */
export const COMPILER_RECURSION_LIMIT = 3000;
const RECURSION_LIMIT = COMPILER_RECURSION_LIMIT;

class BlockImpl implements Block {
  symbols = new Map<string, SymbolEntry>();
  varnames: string[] = [];
  children: Block[] = [];
  isNested = false;
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  hasVarargs = false;
  hasVarkeywords = false;
  needsClassClosure = false;
  childHasFree = false;
  hasFree = false;
  comprehension: ComprehensionKind = 'none';
  returnsValue = false;
  privateName: string | null = null;
  /** ste_comp_iter_target: visiting a comprehension target */
  compIterTarget = false;
  /** ste_comp_iter_expr: depth inside comprehension iterable expressions */
  compIterExpr = 0;
  /** global/nonlocal directives (and walrus targets lifted out of comprehensions) */
  directives: { name: string; loc: Loc }[] | null = null;
  constructor(
    readonly kind: BlockKind,
    readonly name: string,
    readonly node: object,
    readonly lineno: number,
    readonly col_offset: number,
    readonly parent: BlockImpl | null,
    /** an AnnotationBlock: never attached to the tree, never analyzed */
    readonly isAnnotation: boolean,
  ) {}
}

/** CPython's _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  const n = name.length;
  if ((name.charCodeAt(n - 1) === 95 && name.charCodeAt(n - 2) === 95) || name.includes('.')) return name;
  let i = 0;
  while (privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}

const FUTURE_FEATURES: ReadonlySet<string> = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** CPython's future.c (run just before the symtable): the `from __future__` features in effect.
 *  Throws CPython's SyntaxError for an unknown feature, `braces`, or a future import after
 *  another statement on the same line (later lines are the code generator's error). */
export function futureFeatures(mod: Mod, filename: string, source: string): Set<string> & { lineno?: number } {
  const features: Set<string> & { lineno?: number } = new Set<string>();
  if (mod.nodeType !== 'Module' && mod.nodeType !== 'Interactive') return features;
  const body = mod.body;
  let i = 0;
  if (body.length > 0) {
    const first = body[0];
    if (first.nodeType === 'Expr' && first.value.nodeType === 'Constant' && isPyStr(first.value.value)) i = 1;
  }
  // future.c reports col_offset + 1, except for the late import (col_offset, as CPython does)
  const fail = (msg: string, s: Stmt, offset: number): PySyntaxError =>
    compilerError(new PySyntaxError('SyntaxError', msg, filename, s.lineno, offset, lineOf(source, s.lineno), s.lineno, null));
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.nodeType === 'ImportFrom' && s.module === '__future__') {
      if (done) throw fail('from __future__ imports must occur at the beginning of the file', s, s.col_offset);
      features.lineno = s.lineno;
      for (const a of s.names) {
        if (FUTURE_FEATURES.has(a.name)) features.add(a.name);
        else if (a.name === 'braces') throw fail('not a chance', s, s.col_offset + 1);
        else throw fail(`future feature ${a.name} is not defined`, s, s.col_offset + 1);
      }
    } else {
      done = true;
    }
  }
  return features;
}

/** Line `lineno` (1-based) of `source` with a newline, as CPython's SyntaxError.text. */
function lineOf(source: string, lineno: number): string | null {
  let start = 0;
  for (let n = 1; n < lineno; n++) {
    const nl = nextLineBreak(source, start);
    if (nl === -1) return null;
    start = nl + (source.charCodeAt(nl) === 13 && source.charCodeAt(nl + 1) === 10 ? 2 : 1);
  }
  const end = nextLineBreak(source, start);
  if (start >= source.length && end === -1) return null;
  return source.slice(start, end === -1 ? source.length : end) + '\n';
}

function nextLineBreak(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

class SymtableBuilder {
  private cur!: BlockImpl;
  private top!: BlockImpl;
  private readonly stack: BlockImpl[] = [];
  private privateName: string | null = null;
  private depth = 0;
  readonly blocks = new Map<object, BlockImpl>();

  constructor(
    private readonly filename: string,
    private readonly source: string,
    private readonly futureAnnotations: boolean,
  ) {}

  build(mod: Mod): BlockImpl {
    this.enterBlock('top', 'module', mod, 0, 0, false);
    this.top = this.cur;
    switch (mod.nodeType) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'FunctionType':
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
    analyzeBlock(this.top, null, new Set(), new Set(), this);
    return this.top;
  }

  // ---- errors ----------------------------------------------------------------------------

  error(msg: string, loc: Loc): PySyntaxError {
    return compilerError(new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1,
      lineOf(this.source, loc.lineno), loc.end_lineno, loc.end_col_offset + 1));
  }

  // ---- blocks ----------------------------------------------------------------------------

  private enterBlock(name: string, kind: BlockKind, node: object, lineno: number, col: number, isAnnotation: boolean): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const b = new BlockImpl(kind, name, node, lineno, col, isAnnotation ? null : prev, isAnnotation);
    if (prev !== null) {
      if (prev.isNested || (prev.kind === 'function' && !prev.isAnnotation)) b.isNested = true;
      b.compIterExpr = prev.compIterExpr;
    }
    b.privateName = this.privateName;
    this.blocks.set(node, b);
    this.stack.push(b);
    this.cur = b;
    if (!isAnnotation && prev !== null) prev.children.push(b);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1];
  }

  // ---- definitions -----------------------------------------------------------------------

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  private addDefHelper(name: string, flag: number, ste: BlockImpl, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    let sym = ste.symbols.get(mangled);
    let val: number;
    if (sym !== undefined) {
      val = sym.flags;
      if ((flag & DEF_PARAM) !== 0 && (val & DEF_PARAM) !== 0) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    if (sym === undefined) {
      sym = { name: mangled, flags: val, scope: 0 as Scope };
      ste.symbols.set(mangled, sym);
    } else {
      sym.flags = val;
    }
    if ((flag & DEF_PARAM) !== 0) {
      ste.varnames.push(mangled);
    } else if ((flag & DEF_GLOBAL) !== 0) {
      const g = this.top.symbols.get(mangled);
      if (g === undefined) this.top.symbols.set(mangled, { name: mangled, flags: flag, scope: 0 as Scope });
      else g.flags |= flag;
    }
  }

  /** symtable_lookup: the raw flags of a (mangled) name in the current block, 0 if absent. */
  private lookup(name: string): number {
    const sym = this.cur.symbols.get(mangle(this.privateName, name));
    return sym === undefined ? 0 : sym.flags;
  }

  private recordDirective(name: string, loc: Loc): void {
    const b = this.cur;
    if (b.directives === null) b.directives = [];
    b.directives.push({ name: mangle(this.privateName, name), loc });
  }

  // ---- statements ------------------------------------------------------------------------

  private enterRecursion(): void {
    if (++this.depth > RECURSION_LIMIT) throw new CompileRecursionError();
  }

  private visitStmts(body: Stmt[]): void {
    for (let i = 0; i < body.length; i++) this.visitStmt(body[i]);
  }

  private visitExprs(exprs: (Expr | null)[]): void {
    for (let i = 0; i < exprs.length; i++) {
      const e = exprs[i];
      if (e !== null) this.visitExpr(e);
    }
  }

  private visitStmt(s: Stmt): void {
    this.enterRecursion();
    switch (s.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s.lineno, s.col_offset, false);
        if (s.nodeType === 'AsyncFunctionDef') this.cur.isCoroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitKeyword(k);
        this.visitExprs(s.decorator_list);
        const saved = this.privateName;
        this.privateName = s.name;
        this.enterBlock(s.name, 'class', s, s.lineno, s.col_offset, false);
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        const target = s.target;
        if (target.nodeType === 'Name') {
          const cur = this.lookup(target.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0 && this.cur !== this.top && s.simple) {
            const what = (cur & DEF_GLOBAL) !== 0 ? 'global' : 'nonlocal';
            throw this.error(`annotated name '${target.id}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
          if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
        } else {
          this.visitExpr(target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        if (s.nodeType === 'AsyncFor' && this.cur.kind === 'module') this.cur.isCoroutine = true;
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) this.visitMatchCase(c);
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and global`;
            else if (cur & USE) msg = `name '${name}' is used prior to global declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be global`;
            else msg = `name '${name}' is assigned to before global declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, DEF_GLOBAL, s);
          this.recordDirective(name, s);
        }
        break;
      case 'Nonlocal':
        for (const name of s.names) {
          const cur = this.lookup(name);
          if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and nonlocal`;
            else if (cur & USE) msg = `name '${name}' is used prior to nonlocal declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be nonlocal`;
            else msg = `name '${name}' is assigned to before nonlocal declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        if (s.nodeType === 'AsyncWith' && this.cur.kind === 'module') this.cur.isCoroutine = true;
        for (const item of s.items) this.visitWithItem(item);
        this.visitStmts(s.body);
        break;
      default:
        unknownNode(s);
    }
    this.depth--;
  }

  // ---- expressions -----------------------------------------------------------------------

  private visitExpr(e: Expr): void {
    this.enterRecursion();
    switch (e.nodeType) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e.target, e.value, e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset, false);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', 'generator', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', 'dict', e.generators, e.key, e.value);
        break;
      case 'Yield':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension !== 'none') this.raiseComprehensionYield(e);
        break;
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension !== 'none') this.raiseComprehensionYield(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.isCoroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitKeyword(k);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name': {
        const isLoad = (e.ctx as string) === 'Load';
        this.addDef(e.id, isLoad ? USE : DEF_LOCAL, e);
        // Special-case super: it counts as a use of __class__
        if (isLoad && this.cur.kind === 'function' && !this.cur.isAnnotation && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      }
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      default:
        unknownNode(e);
    }
    this.depth--;
  }

  private raiseIfAnnotationBlock(what: string, e: Expr): void {
    if (this.cur.isAnnotation) throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  private raiseComprehensionYield(e: Expr): never {
    const kind = this.cur.comprehension;
    const msg = kind === 'list' ? "'yield' inside list comprehension"
      : kind === 'set' ? "'yield' inside set comprehension"
      : kind === 'dict' ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression";
    throw this.error(msg, e);
  }

  private handleNamedExpr(target: Expr, value: Expr, e: Expr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== 'none') {
      // Inside a comprehension body, so find the right target scope
      this.extendNamedExprScope(target);
    }
    this.visitExpr(value);
    this.visitExpr(target);
  }

  /** symtable_extend_namedexpr_scope: a walrus target in a comprehension binds in the nearest
   *  enclosing function (as nonlocal) or module (as global); never in a class. */
  private extendNamedExprScope(e: Expr): void {
    if (e.nodeType !== 'Name') throw new Error('symtable: walrus target is not a Name');
    const targetName = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        // CPython looks the unmangled name up here
        const inScope = ste.symbols.get(targetName);
        if (inScope !== undefined && (inScope.flags & DEF_COMP_ITER) !== 0) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${targetName}'`, e);
        }
        continue;
      }
      if (ste.isAnnotation) continue;
      if (ste.kind === 'function') {
        const inScope = ste.symbols.get(targetName);
        if (inScope !== undefined && (inScope.flags & DEF_GLOBAL) !== 0) this.addDef(targetName, DEF_GLOBAL, e);
        else this.addDef(targetName, DEF_NONLOCAL, e);
        this.addDefHelper(targetName, DEF_LOCAL, ste, e);
        this.recordDirective(targetName, e);
        return;
      }
      if (ste.kind === 'module') {
        this.addDef(targetName, DEF_GLOBAL, e);
        this.addDefHelper(targetName, DEF_GLOBAL, ste, e);
        this.recordDirective(targetName, e);
        return;
      }
      // ste.kind === 'class'
      throw this.error('assignment expression within a comprehension cannot be used in a class body', e);
    }
    throw new Error('symtable: no scope for a walrus target');
  }

  private handleComprehension(
    e: Expr, name: string, kind: ComprehensionKind, generators: Comprehension[], elt: Expr, value: Expr | null,
  ): void {
    const isGenerator = kind === 'generator';
    const outermost = generators[0];
    // Outermost iterator is evaluated in current scope
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    // Create comprehension scope for the rest
    this.enterBlock(name, 'function', e, e.lineno, e.col_offset, false);
    const b = this.cur;
    b.comprehension = kind;
    b.isComprehension = true;
    if (outermost.is_async) b.isCoroutine = true;
    // Outermost iter is received as an argument
    this.addDef('.0', DEF_PARAM, e);
    // Visit iteration variable target, and mark them as such
    b.compIterTarget = true;
    this.visitExpr(outermost.target);
    b.compIterTarget = false;
    // Visit the rest of the comprehension body
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    b.isGenerator = isGenerator;
    const isAsync = b.isCoroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.isCoroutine = true;
  }

  private visitComprehension(lc: Comprehension): void {
    const b = this.cur;
    b.compIterTarget = true;
    this.visitExpr(lc.target);
    b.compIterTarget = false;
    b.compIterExpr++;
    this.visitExpr(lc.iter);
    b.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) b.isCoroutine = true;
  }

  // ---- arguments, annotations and the rest -----------------------------------------------

  private visitParams(args: Arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  private visitArguments(a: Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.hasVarargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private visitAnnotation(annotation: Expr): void {
    if (this.futureAnnotations) {
      this.enterBlock('_annotation', 'function', annotation, annotation.lineno, annotation.col_offset, true);
      this.visitExpr(annotation);
      this.exitBlock();
    } else {
      this.visitExpr(annotation);
    }
  }

  private visitArgAnnotations(args: Arg[]): void {
    for (const a of args) if (a.annotation !== null) this.visitExpr(a.annotation);
  }

  private visitAnnotations(s: Stmt, a: Arguments, returns: Expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'function', {}, s.lineno, s.col_offset, true);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitKeyword(k: Keyword): void {
    this.visitExpr(k.value);
  }

  private visitAlias(a: Alias): void {
    // `import a.b` binds `a`; `import a.b as c` binds `c`
    const name = a.asname === null ? a.name : a.asname;
    const dot = name.indexOf('.');
    const storeName = dot === -1 ? name : name.slice(0, dot);
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.kind !== 'module') {
      throw this.error('import * only allowed at module level', a);
    }
  }

  private visitExceptHandler(h: ExceptHandler): void {
    if (h.type !== null) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitWithItem(item: WithItem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
  }

  private visitMatchCase(m: MatchCase): void {
    this.visitPattern(m.pattern);
    if (m.guard !== null) this.visitExpr(m.guard);
    this.visitStmts(m.body);
  }

  private visitPattern(p: Pattern): void {
    this.enterRecursion();
    switch (p.nodeType) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        unknownNode(p);
    }
    this.depth--;
  }

  /** error_at_directive: the location of the global/nonlocal statement that declared `name`. */
  directiveError(ste: BlockImpl, name: string, msg: string): PySyntaxError {
    if (ste.directives !== null) {
      for (const d of ste.directives) if (d.name === name) return this.error(msg, d.loc);
    }
    return new PySyntaxError('SyntaxError', msg, this.filename, 0, 0, null);
  }
}

function unknownNode(n: never): never {
  throw new Error('symtable: unexpected AST node ' + (n as { nodeType?: string }).nodeType);
}

// ---- pass 2: scope analysis (analyze_block and friends) -----------------------------------

function analyzeName(
  ste: BlockImpl, scopes: Map<string, Scope>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>, b: SymtableBuilder,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw b.directiveError(ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw b.directiveError(ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) throw b.directiveError(ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // If an enclosing block has a binding for this name, it is a free variable rather than a
  // global variable. Note that having a non-null bound implies that the block is nested.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.isNested) ste.hasFree = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

function analyzeBlock(ste: BlockImpl, bound: Set<string> | null, free: Set<string>, global: Set<string>, b: SymtableBuilder): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const isClass = ste.kind === 'class';

  // Class namespace has no effect on names visible in nested functions, so populate the global
  // and bound sets to be passed to child blocks before analyzing this one.
  if (isClass) {
    for (const n of global) newglobal.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
  }
  for (const sym of ste.symbols.values()) analyzeName(ste, scopes, sym.name, sym.flags, bound, local, free, global, b);

  if (!isClass) {
    if (ste.kind === 'function') for (const n of local) newbound.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add('__class__');
  }

  const allfree = new Set<string>();
  for (const child of ste.children as BlockImpl[]) {
    const tempBound = new Set(newbound);
    const tempFree = new Set(newfree);
    const tempGlobal = new Set(newglobal);
    analyzeBlock(child, tempBound, tempFree, tempGlobal, b);
    for (const n of tempFree) allfree.add(n);
    if (child.hasFree || child.childHasFree) ste.childHasFree = true;
  }
  for (const n of allfree) newfree.add(n);

  if (ste.kind === 'function') {
    // analyze_cells: a local that is free in a child becomes a cell
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && newfree.has(name)) {
        scopes.set(name, Scope.CELL);
        newfree.delete(name);
      }
    }
  } else if (isClass) {
    // drop_class_free
    if (newfree.delete('__class__')) ste.needsClassClosure = true;
  }

  // update_symbols
  for (const sym of ste.symbols.values()) sym.scope = scopes.get(sym.name) as Scope;
  for (const name of newfree) {
    const sym = ste.symbols.get(name);
    if (sym !== undefined) {
      // a free variable in a method of the class that has the same name as a local or global in
      // the class scope
      if (isClass && (sym.flags & (DEF_BOUND | DEF_GLOBAL)) !== 0) sym.flags |= DEF_FREE_CLASS;
      continue; // it's a cell, or already free in this scope
    }
    if (bound !== null && !bound.has(name)) continue; // it's a global
    // Propagate new free symbol up the lattice
    ste.symbols.set(name, { name, flags: 0, scope: Scope.FREE });
  }

  for (const n of newfree) free.add(n);
}

/** Builds and analyzes the symbol table of a module (CPython's _PySymtable_Build). */
/** compile()'s flag for top-level await (the asyncio REPL's, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT). */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export function buildSymtable(mod: Mod, filename: string, source: string, compileFlags = 0): Symtable {
  const features = futureFeatures(mod, filename, source);
  const futureFlags = (compileFlags & PyCF_MASK) | (features.has('annotations') ? CO_FUTURE_ANNOTATIONS : 0) |
    (features.has('barry_as_FLUFL') ? CO_FUTURE_BARRY_AS_BDFL : 0);
  const futureAnnotations = (futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  const builder = new SymtableBuilder(filename, source, futureAnnotations);
  const top = builder.build(mod);
  const blocks = builder.blocks;
  return {
    top,
    futureAnnotations,
    futureFlags,
    futureLineno: features.lineno ?? -1,
    topLevelAwait: (compileFlags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0,
    blockFor(node: object): Block {
      const b = blocks.get(node);
      if (b === undefined) throw new Error('symtable: no block for this node');
      return b;
    },
  };
}
