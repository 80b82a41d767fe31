// The AST optimizer that runs before the symbol table, as CPython 3.11's Python/ast_opt.c:
// constant folding of unary and binary operators on numbers and strings (with CPython's size
// limits, so `2**100000` or `'a' * 10**9` stay runtime operations), tuples of constants become
// one constant, subscripts of constants fold, and the iterable of a `for`/comprehension or the
// right side of `in` that is a list or set of constants becomes a tuple or frozenset constant.
// Folding never raises: anything that would (1/0, unsupported types) is left as it is.
// Nodes are replaced in place in their parent, keeping the position of the folded expression.
import type * as A from './ast';
import { constTruth, isPyStr, PyBytes, PyComplex, PyFrozenSetConst, PySurrogateStr, PyTupleConst, pyStrCodePoints, pyStrConcat, pyStrLength, type ConstantValue, type PyStr } from './constants';
import { cPow } from '../vm/objects/float_libm';
import { COMPILER_RECURSION_LIMIT, CompileRecursionError } from './symtable';

const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

type Num = bigint | number | PyComplex;

function isConst(e: A.Expr | null | undefined): e is A.Constant {
  return !!e && e.nodeType === 'Constant';
}

function makeConst(like: A.Located, value: ConstantValue): A.Constant {
  return {
    nodeType: 'Constant', value, kind: null,
    lineno: like.lineno, col_offset: like.col_offset, end_lineno: like.end_lineno, end_col_offset: like.end_col_offset,
  };
}

function isNum(v: ConstantValue): v is Num | boolean {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || v instanceof PyComplex;
}

function toNum(v: Num | boolean): Num {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

function bitLen(n: bigint): bigint {
  return BigInt((n < 0n ? -n : n).toString(2).length);
}

function constSize(v: ConstantValue): number {
  if (isPyStr(v)) return pyStrLength(v);
  if (v instanceof PyBytes) return v.bytes.length;
  if (v instanceof PyTupleConst) return v.items.length;
  return -1;
}

const NOT_CMP: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

function foldUnary(op: A.UnaryOpKind, v: ConstantValue): ConstantValue | undefined {
  if (op === 'Not') {
    const t = constTruth(v);
    return t === undefined ? undefined : !t;
  }
  if (!isNum(v)) return undefined;
  const x = toNum(v);
  switch (op) {
    case 'USub':
      if (typeof x === 'bigint') return -x;
      if (typeof x === 'number') return -x;
      return new PyComplex(-x.real, -x.imag);
    case 'UAdd':
      if (x instanceof PyComplex) return new PyComplex(x.real, x.imag);
      return x;
    case 'Invert':
      if (typeof x === 'bigint') return ~x;
      return undefined;
  }
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function toFloat(x: bigint | number): number { return typeof x === 'number' ? x : Number(x); }

/** s * count as Python strs (a JS string's repeat could pair its last and first surrogates). */
function pyStrRepeat(s: PyStr, count: number): PyStr {
  if (typeof s === 'string' && count > 1 && s.length > 0) {
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(s.length - 1);
    if (!(last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff)) return s.repeat(count);
  } else if (typeof s === 'string') return s.repeat(count);
  let out: PyStr = '';
  for (let i = 0; i < count; i++) out = pyStrConcat(out, s);
  return out;
}

function foldBinary(op: A.OperatorKind, a: ConstantValue, b: ConstantValue): ConstantValue | undefined {
  // strings, bytes and tuples: + and * with size limits
  const sa = constSize(a);
  if (sa >= 0 && (op === 'Add' || op === 'Mult')) {
    if (op === 'Add') {
      if (isPyStr(a) && isPyStr(b)) return sa + pyStrLength(b) <= MAX_STR_SIZE ? pyStrConcat(a, b) : undefined;
      if (a instanceof PyTupleConst && b instanceof PyTupleConst) {
        return a.items.length + b.items.length <= MAX_COLLECTION_SIZE ? new PyTupleConst([...a.items, ...b.items]) : undefined;
      }
      if (a instanceof PyBytes && b instanceof PyBytes) {
        if (a.bytes.length + b.bytes.length > MAX_STR_SIZE) return undefined;
        const out = new Uint8Array(a.bytes.length + b.bytes.length);
        out.set(a.bytes);
        out.set(b.bytes, a.bytes.length);
        return new PyBytes(out);
      }
      return undefined;
    }
    if (typeof b !== 'bigint' && typeof b !== 'boolean') return undefined;
    const n = typeof b === 'boolean' ? (b ? 1n : 0n) : b;
    const limit = a instanceof PyTupleConst ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    if (sa > 0 && n > BigInt(Math.floor(limit / sa))) return undefined;
    // an empty sequence folds for any count that fits an ssize_t (its repeat stays empty; a
    // larger one is the runtime's OverflowError)
    if (sa === 0 && (n > (1n << 63n) - 1n || n < -(1n << 63n))) return undefined;
    const count = n <= 0n ? 0 : sa === 0 ? 1 : Number(n);
    if (isPyStr(a)) return pyStrRepeat(a, count);
    if (a instanceof PyTupleConst) return new PyTupleConst(Array.from({ length: count }, () => a.items).flat());
    if (a instanceof PyBytes) {
      const out = new Uint8Array(a.bytes.length * count);
      for (let i = 0; i < count; i++) out.set(a.bytes, i * a.bytes.length);
      return new PyBytes(out);
    }
    return undefined;
  }
  if (op === 'Mod' && isPyStr(a)) return undefined; // % formatting stays at runtime
  if (!isNum(a) || !isNum(b)) return undefined;
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
    return op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b;
  }
  const x = toNum(a);
  const y = toNum(b);
  if (x instanceof PyComplex || y instanceof PyComplex) return foldComplex(op, x, y);
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    switch (op) {
      case 'Add': return x + y;
      case 'Sub': return x - y;
      case 'Mult':
        if (x !== 0n && y !== 0n && bitLen(x) + bitLen(y) > MAX_INT_SIZE) return undefined;
        return x * y;
      case 'FloorDiv': return y === 0n ? undefined : floorDiv(x, y);
      case 'Mod': {
        if (y === 0n) return undefined;
        const r = x % y;
        return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
      }
      case 'Div': {
        if (y === 0n) return undefined;
        const lim = 1n << 53n;
        if (x > -lim && x < lim && y > -lim && y < lim) return Number(x) / Number(y);
        return undefined;
      }
      case 'Pow':
        if (y < 0n) {
          if (x === 0n) return undefined;
          return cPow(Number(x), Number(y));
        }
        if (x !== 0n && x !== 1n && x !== -1n && bitLen(x) * y > MAX_INT_SIZE) return undefined;
        return x ** y;
      case 'LShift':
        if (y < 0n) return undefined;
        if (x !== 0n && bitLen(x) + y > MAX_INT_SIZE) return undefined;
        return x << y;
      case 'RShift': return y < 0n ? undefined : x >> y;
      case 'BitAnd': return x & y;
      case 'BitOr': return x | y;
      case 'BitXor': return x ^ y;
      default: return undefined;
    }
  }
  if (typeof x === 'number' || typeof y === 'number') {
    const p = toFloat(x as bigint | number);
    const q = toFloat(y as bigint | number);
    switch (op) {
      case 'Add': return p + q;
      case 'Sub': return p - q;
      case 'Mult': return p * q;
      case 'Div': return q === 0 ? undefined : p / q;
      case 'FloorDiv': return q === 0 ? undefined : floatFloorDivide(p, q);
      case 'Mod': return q === 0 ? undefined : floatMod(p, q);
      case 'Pow': {
        if (p === 0 && q < 0) return undefined;
        if (p < 0 && !Number.isInteger(q)) return undefined;
        const r = cPow(p, q);
        return Number.isFinite(r) || !Number.isFinite(p) || !Number.isFinite(q) ? r : undefined;
      }
      default: return undefined;
    }
  }
  return undefined;
}

function floatMod(p: number, q: number): number {
  let m = p % q;
  if (m !== 0) {
    if ((q < 0) !== (m < 0)) m += q;
  } else m = q < 0 ? -0 : 0;
  return m;
}

function floatFloorDivide(p: number, q: number): number {
  const m = p % q;
  let div = (p - m) / q;
  if (m !== 0 && (q < 0) !== (m < 0)) div -= 1;
  if (div !== 0) {
    const fl = Math.floor(div);
    return div - fl > 0.5 ? fl + 1 : fl;
  }
  return (p / q) < 0 ? -0 : 0;
}

function foldComplex(op: A.OperatorKind, x: Num, y: Num): ConstantValue | undefined {
  const c = (v: Num): [number, number] => (v instanceof PyComplex ? [v.real, v.imag] : [toFloat(v), 0]);
  const [ar, ai] = c(x);
  const [br, bi] = c(y);
  switch (op) {
    case 'Add': return new PyComplex(ar + br, ai + bi);
    case 'Sub': return new PyComplex(ar - br, ai - bi);
    case 'Mult': return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    default: return undefined;
  }
}

function foldSubscript(v: ConstantValue, k: ConstantValue): ConstantValue | undefined {
  if (typeof k !== 'bigint') return undefined;
  if (isPyStr(v)) {
    const cps = pyStrCodePoints(v);
    let i = Number(k);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) return undefined;
    // CPython does not fold a subscript whose result is a lone surrogate
    return cps[i] >= 0xd800 && cps[i] <= 0xdfff ? undefined : String.fromCodePoint(cps[i]);
  }
  if (v instanceof PyTupleConst) {
    let i = Number(k);
    if (i < 0) i += v.items.length;
    if (i < 0 || i >= v.items.length) return undefined;
    return v.items[i];
  }
  if (v instanceof PyBytes) {
    let i = Number(k);
    if (i < 0) i += v.bytes.length;
    if (i < 0 || i >= v.bytes.length) return undefined;
    return BigInt(v.bytes[i]);
  }
  return undefined;
}

function countItems(v: ConstantValue): number {
  if (v instanceof PyTupleConst || v instanceof PyFrozenSetConst) {
    let n = v.items.length;
    for (const x of v.items) n += countItems(x);
    return n;
  }
  return 0;
}

/** A list or set display of constants (for `in`, `for` and comprehensions) as a constant. */
function foldIter(e: A.Expr): A.Expr {
  if (e.nodeType === 'List' && e.elts.every((x) => isConst(x))) {
    return makeConst(e, new PyTupleConst(e.elts.map((x) => (x as A.Constant).value)));
  }
  if (e.nodeType === 'Set' && e.elts.every((x) => isConst(x))) {
    return makeConst(e, new PyFrozenSetConst(e.elts.map((x) => (x as A.Constant).value)));
  }
  return e;
}

/** Optimizes an expression tree; returns the (possibly new) node. */
/** Nesting depth of expr/stmt: CPython's optimizer (3.11) stops at the compiler's recursion
 *  limit too, so a deep chain that folds to a constant ('-' * 5000 + '1') still fails. */
let depth = 0;
function expr(e: A.Expr): A.Expr {
  if (++depth > COMPILER_RECURSION_LIMIT) {
    depth = 0;
    throw new CompileRecursionError();
  }
  const r = expr1(e);
  depth--;
  return r;
}

function expr1(e: A.Expr): A.Expr {
  switch (e.nodeType) {
    case 'BoolOp':
      e.values = e.values.map(expr);
      return e;
    case 'NamedExpr':
      e.value = expr(e.value);
      return e;
    case 'BinOp': {
      e.left = expr(e.left);
      e.right = expr(e.right);
      if (isConst(e.left) && isConst(e.right)) {
        const v = foldBinary(e.op, e.left.value, e.right.value);
        if (v !== undefined && !(v instanceof PyTupleConst && countItems(v) > MAX_TOTAL_ITEMS)) return makeConst(e, v);
      }
      return e;
    }
    case 'UnaryOp': {
      e.operand = expr(e.operand);
      if (isConst(e.operand)) {
        const v = foldUnary(e.op, e.operand.value);
        if (v !== undefined) return makeConst(e, v);
      }
      const c = e.operand;
      if (e.op === 'Not' && c.nodeType === 'Compare' && c.ops.length === 1) {
        // fold_unaryop: `not a is b` is `a is not b` (and `in`), the Compare taking the place
        const inv = NOT_CMP[c.ops[0]];
        if (inv !== undefined) { c.ops[0] = inv; return c; }
      }
      return e;
    }
    case 'Lambda':
      args(e.args);
      e.body = expr(e.body);
      return e;
    case 'IfExp':
      e.test = expr(e.test);
      e.body = expr(e.body);
      e.orelse = expr(e.orelse);
      return e;
    case 'Dict':
      e.keys = e.keys.map((k) => (k === null ? null : expr(k)));
      e.values = e.values.map(expr);
      return e;
    case 'Set':
    case 'List':
      e.elts = e.elts.map(expr);
      return e;
    case 'Tuple': {
      e.elts = e.elts.map(expr);
      if (e.ctx === 'Load' && e.elts.every((x) => isConst(x))) {
        const t = new PyTupleConst(e.elts.map((x) => (x as A.Constant).value));
        if (countItems(t) <= MAX_TOTAL_ITEMS) return makeConst(e, t);
      }
      return e;
    }
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      e.elt = expr(e.elt);
      comprehensions(e.generators);
      return e;
    case 'DictComp':
      e.key = expr(e.key);
      e.value = expr(e.value);
      comprehensions(e.generators);
      return e;
    case 'Await':
      e.value = expr(e.value);
      return e;
    case 'Yield':
      if (e.value) e.value = expr(e.value);
      return e;
    case 'YieldFrom':
      e.value = expr(e.value);
      return e;
    case 'Compare': {
      e.left = expr(e.left);
      e.comparators = e.comparators.map(expr);
      const last = e.ops.length - 1;
      if (e.ops[last] === 'In' || e.ops[last] === 'NotIn') e.comparators[last] = foldIter(e.comparators[last]);
      return e;
    }
    case 'Call':
      e.func = expr(e.func);
      e.args = e.args.map(expr);
      for (const k of e.keywords) k.value = expr(k.value);
      return e;
    case 'FormattedValue':
      e.value = expr(e.value);
      if (e.format_spec) e.format_spec = expr(e.format_spec);
      return e;
    case 'JoinedStr':
      e.values = e.values.map(expr);
      return e;
    case 'Attribute':
      e.value = expr(e.value);
      return e;
    case 'Subscript': {
      e.value = expr(e.value);
      e.slice = expr(e.slice);
      if (e.ctx === 'Load' && isConst(e.value) && isConst(e.slice)) {
        const v = foldSubscript(e.value.value, e.slice.value);
        if (v !== undefined) return makeConst(e, v);
      }
      return e;
    }
    case 'Starred':
      e.value = expr(e.value);
      return e;
    case 'Slice':
      if (e.lower) e.lower = expr(e.lower);
      if (e.upper) e.upper = expr(e.upper);
      if (e.step) e.step = expr(e.step);
      return e;
    case 'Constant':
    case 'Name':
      return e;
  }
}

function comprehensions(gens: A.Comprehension[]): void {
  gens.forEach((g, i) => {
    g.target = expr(g.target);
    g.iter = foldIter(expr(g.iter));
    void i;
    g.ifs = g.ifs.map(expr);
  });
}

function args(a: A.Arguments): void {
  a.defaults = a.defaults.map(expr);
  a.kw_defaults = a.kw_defaults.map((d) => (d === null ? null : expr(d)));
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])]) {
    if (x.annotation) x.annotation = expr(x.annotation);
  }
}

function stmts(list: A.Stmt[], futureAnnotations: boolean): void {
  for (const s of list) stmt(s, futureAnnotations);
}

function stmt(s: A.Stmt, fa: boolean): void {
  if (++depth > COMPILER_RECURSION_LIMIT) {
    depth = 0;
    throw new CompileRecursionError();
  }
  stmt1(s, fa);
  depth--;
}

function stmt1(s: A.Stmt, fa: boolean): void {
  switch (s.nodeType) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      args(s.args);
      s.decorator_list = s.decorator_list.map(expr);
      if (s.returns && !fa) s.returns = expr(s.returns);
      stmts(s.body, fa);
      return;
    case 'ClassDef':
      s.bases = s.bases.map(expr);
      for (const k of s.keywords) k.value = expr(k.value);
      s.decorator_list = s.decorator_list.map(expr);
      stmts(s.body, fa);
      return;
    case 'Return':
      if (s.value) s.value = expr(s.value);
      return;
    case 'Delete':
      s.targets = s.targets.map(expr);
      return;
    case 'Assign':
      s.targets = s.targets.map(expr);
      s.value = expr(s.value);
      return;
    case 'AugAssign':
      s.target = expr(s.target);
      s.value = expr(s.value);
      return;
    case 'AnnAssign':
      s.target = expr(s.target);
      if (!fa) s.annotation = expr(s.annotation);
      if (s.value) s.value = expr(s.value);
      return;
    case 'For':
    case 'AsyncFor':
      s.target = expr(s.target);
      s.iter = foldIter(expr(s.iter));
      stmts(s.body, fa);
      stmts(s.orelse, fa);
      return;
    case 'While':
    case 'If':
      s.test = expr(s.test);
      stmts(s.body, fa);
      stmts(s.orelse, fa);
      return;
    case 'With':
    case 'AsyncWith':
      for (const it of s.items) {
        it.context_expr = expr(it.context_expr);
        if (it.optional_vars) it.optional_vars = expr(it.optional_vars);
      }
      stmts(s.body, fa);
      return;
    case 'Match':
      s.subject = expr(s.subject);
      for (const c of s.cases) {
        if (c.guard) c.guard = expr(c.guard);
        stmts(c.body, fa);
      }
      return;
    case 'Raise':
      if (s.exc) s.exc = expr(s.exc);
      if (s.cause) s.cause = expr(s.cause);
      return;
    case 'Try':
    case 'TryStar':
      stmts(s.body, fa);
      for (const h of s.handlers) {
        if (h.type) h.type = expr(h.type);
        stmts(h.body, fa);
      }
      stmts(s.orelse, fa);
      stmts(s.finalbody, fa);
      return;
    case 'Assert':
      s.test = expr(s.test);
      if (s.msg) s.msg = expr(s.msg);
      return;
    case 'Expr':
      s.value = expr(s.value);
      return;
    default:
      return;
  }
}

/** Optimizes a module in place (before the symbol table is built). */
export function optimizeAst(mod: A.Mod, futureAnnotations: boolean): A.Mod {
  depth = 0; // (an exception of a guest's compile() may have left it counting)
  switch (mod.nodeType) {
    case 'Module':
    case 'Interactive':
      stmts(mod.body, futureAnnotations);
      return mod;
    case 'Expression':
      mod.body = expr(mod.body);
      return mod;
    default:
      return mod;
  }
}
