// compile() and the `ast` module meet the compiler here: the compiler's AST (compiler/ast.ts,
// plain JS objects) is turned into Python `_ast` node objects on the heap for
// `compile(src, fn, mode, PyCF_ONLY_AST)` / `ast.parse`, and a tree of `_ast` nodes built or
// edited by the program is read back, checked as CPython's validator checks it (required fields,
// identifier and constant types, node categories, empty bodies, expression contexts) and
// compiled by `compile(tree, fn, mode)`. The node classes are lib/_ast.py's, found by name.
import type * as A from '../../compiler/ast';
import {
  BOOLOPKIND_MEMBERS, CMPOPKIND_MEMBERS, EXPRCONTEXT_MEMBERS, NODE_ATTRIBUTES, NODE_FIELDS, NODE_OPTIONAL_FIELDS, OPERATORKIND_MEMBERS,
  UNARYOPKIND_MEMBERS, type NodeType,
} from '../../compiler/ast';
import { isStringField } from '../../compiler/astdump';
import {
  ELLIPSIS, PyBytes, PyComplex, PyFrozenSetConst, PySurrogateStr, PyTupleConst, type ConstantValue,
} from '../../compiler/constants';
import { compileAst, PyCF_TYPE_COMMENTS, type CompileMode } from '../../compiler/compile';
import { parse, type ParseMode } from '../../compiler/parser';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import { L_TYPE } from '../runtime/layouts';
import { mem } from '../../stmgc/heap';
import { getattrOpt, reprJs, setattr } from '../runtime/protocol';
import { raise, typeError, valueError } from '../runtime/errors';
import { intern, newStr, strJs, strCodePoints, strFromCodePoints } from '../objects/str_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
import { newList, listItems } from '../objects/list_core';
import { dictGetStr } from '../objects/dict_core';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { intValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float_core';
import { newComplex, complexImag, complexReal } from '../objects/complex_core';
import { newBytes, bytesView } from '../objects/bytes_core';
import { newFrozenSet, setItems } from '../objects/set_core';
import { TY_MRO, typeName } from '../objects/type_core';
import { callObject } from '../interp/call';
import { compileGuarded, importModule } from '../runtime/importer';
import { loadCode } from '../objects/code';

export const PyCF_ONLY_AST = 0x400;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// ── the node classes ────────────────────────────────────────────────────────────────────────────

/** Node categories (ASDL sums) of the concrete node types, for "expected some sort of expr". */
const CATEGORY: Record<string, string> = {};
for (const [cat, names] of Object.entries({
  mod: 'Module Interactive Expression FunctionType',
  stmt: 'FunctionDef AsyncFunctionDef ClassDef Return Delete Assign AugAssign AnnAssign For AsyncFor While If With AsyncWith Match Raise Try TryStar Assert Import ImportFrom Global Nonlocal Expr Pass Break Continue',
  expr: 'BoolOp NamedExpr BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp DictComp GeneratorExp Await Yield YieldFrom Compare Call FormattedValue JoinedStr Constant Attribute Subscript Starred Name List Tuple Slice',
  excepthandler: 'ExceptHandler',
  pattern: 'MatchValue MatchSingleton MatchSequence MatchMapping MatchClass MatchStar MatchAs MatchOr',
  type_ignore: 'TypeIgnore',
})) for (const n of names.split(' ')) CATEGORY[n] = cat;
/** The operator and context kinds (the fieldless sums, strings in our AST) and their categories. */
const SINGLETON_CATEGORY: Record<string, string> = {};
for (const [cat, members] of Object.entries({
  expr_context: EXPRCONTEXT_MEMBERS, boolop: BOOLOPKIND_MEMBERS, operator: OPERATORKIND_MEMBERS,
  unaryop: UNARYOPKIND_MEMBERS, cmpop: CMPOPKIND_MEMBERS,
})) for (const n of members) SINGLETON_CATEGORY[n] = cat;

let astModule = 0;
function nodeClass(name: string): number {
  if (astModule === 0) astModule = importModule('_ast');
  const cls = getattrOpt(astModule, intern(name));
  if (cls === 0) throw new Error(`internal: _ast has no class ${name}`);
  return cls;
}

// ── compiler AST → heap ─────────────────────────────────────────────────────────────────────────

/** The heap value of a compile-time constant (a Constant's or MatchSingleton's value). */
function constantToHeap(v: ConstantValue): number {
  if (v === null) return K.None;
  if (v === true) return K.True;
  if (v === false) return K.False;
  if (typeof v === 'bigint') return intFromBigInt(v);
  if (typeof v === 'number') return newFloat(v);
  if (typeof v === 'string') return newStr(v);
  if (v instanceof PySurrogateStr) return strFromCodePoints(v.codePoints);
  if (v === ELLIPSIS) return K.Ellipsis;
  if (v instanceof PyTupleConst) return newTuple(v.items.map(constantToHeap));
  if (v instanceof PyBytes) return newBytes(v.bytes);
  if (v instanceof PyComplex) return newComplex(v.real, v.imag);
  if (v instanceof PyFrozenSetConst) return newFrozenSet(v.items.map(constantToHeap));
  throw new Error('internal: unknown constant');
}

class ToHeap {
  private shared = 0;

  node(n: A.Node): number {
    const type = n.nodeType;
    const obj = callObject(nodeClass(type), [], 0);
    const rec = n as unknown as Record<string, unknown>;
    for (const f of NODE_FIELDS[type]) {
      const isConst = f === 'value' && (type === 'Constant' || type === 'MatchSingleton');
      setattr(obj, intern(f), this.value(rec[f], isConst, isStringField(type, f)));
    }
    for (const f of NODE_ATTRIBUTES[type]) {
      const v = rec[f];
      if (typeof v === 'number') setattr(obj, intern(f), intFromNumber(v));
      else if (v === null) setattr(obj, intern(f), K.None);
    }
    return obj;
  }

  private value(v: unknown, isConst: boolean, isIdentifier: boolean): number {
    if (isConst) return constantToHeap(v as ConstantValue);
    if (v === null || v === undefined) return K.None;
    if (Array.isArray(v)) return newList(v.map((x) => this.value(x, false, isIdentifier)));
    if (typeof v === 'number') return intFromNumber(v);
    if (typeof v === 'string') return isIdentifier ? newStr(v) : this.singleton(v);
    return this.node(v as A.Node);
  }

  /** The instance of an operator or context class that every parsed tree shares, as CPython's
   *  (`_ast._singletons`). */
  private singleton(kind: string): number {
    if (this.shared === 0) this.shared = nodeClass('_singletons');
    const r = dictGetStr(this.shared, intern(kind));
    if (r === 0) throw new Error(`internal: no _ast singleton ${kind}`);
    return r;
  }
}

/** `compile(source, filename, mode, PyCF_ONLY_AST)`: the parsed tree as `_ast` objects. */
export function parseToHeap(source: string, filename: string, mode: ParseMode, flags = 0, featureVersion = -1): number {
  const tree = compileGuarded(() => parse(source, filename, mode, (flags & PyCF_TYPE_COMMENTS) !== 0, featureVersion));
  return new ToHeap().node(tree);
}

// ── heap → compiler AST ─────────────────────────────────────────────────────────────────────────

/** The first class in v's MRO that is one of `table`'s names (the node type of a user's subclass
 *  of, say, ast.Name is Name). */
function kindOf(v: number, table: Record<string, unknown>): string | null {
  if (v === 0 || layoutOf(v) === L_TYPE) return null;
  for (const c of tupleItems(mem[typeOf(v) + TY_MRO])) {
    const name = typeName(c);
    if (Object.prototype.hasOwnProperty.call(table, name) && c === nodeClass(name)) return name;
  }
  return null;
}

/** The category expected in a node-valued field ('expr', 'stmt', or a product type's name). */
function expectedCategory(type: NodeType, field: string): string {
  switch (field) {
    case 'body':
      return type === 'Expression' || type === 'Lambda' || type === 'IfExp' ? 'expr' : 'stmt';
    case 'orelse':
      return type === 'IfExp' ? 'expr' : 'stmt';
    case 'finalbody':
      return 'stmt';
    case 'handlers':
      return 'excepthandler';
    case 'args':
      return type === 'FunctionDef' || type === 'AsyncFunctionDef' || type === 'Lambda' ? 'arguments' : type === 'arguments' ? 'arg' : 'expr';
    case 'posonlyargs': case 'kwonlyargs': case 'vararg': case 'kwarg':
      return 'arg';
    case 'keywords':
      return 'keyword';
    case 'names':
      return 'alias';
    case 'items':
      return 'withitem';
    case 'cases':
      return 'match_case';
    case 'generators':
      return 'comprehension';
    case 'type_ignores':
      return 'type_ignore';
    case 'pattern':
      return type === 'match_case' || type === 'MatchAs' ? 'pattern' : 'expr';
    case 'patterns': case 'kwd_patterns':
      return 'pattern';
    default:
      return 'expr';
  }
}

/** Fields whose value is a list. */
function isListField(type: NodeType, field: string): boolean {
  switch (field) {
    case 'body':
      return !(type === 'Expression' || type === 'Lambda' || type === 'IfExp');
    case 'orelse':
      return type !== 'IfExp';
    case 'args':
      return type === 'Call' || type === 'arguments';
    case 'finalbody': case 'handlers': case 'targets': case 'decorator_list': case 'bases': case 'keywords':
    case 'names': case 'elts': case 'keys': case 'values': case 'ops': case 'comparators': case 'generators':
    case 'ifs': case 'posonlyargs': case 'kwonlyargs': case 'kw_defaults': case 'defaults': case 'items':
    case 'cases': case 'patterns': case 'kwd_attrs': case 'kwd_patterns': case 'type_ignores': case 'argtypes':
      return true;
    default:
      return false;
  }
}

/** Int-valued fields. */
function isIntField(field: string): boolean {
  return field === 'level' || field === 'simple' || field === 'is_async' || field === 'conversion' || field === 'lineno';
}

/** Lists whose items may be None (dict `**` entries, keyword-only arguments without default). */
function noneItemsAllowed(type: NodeType, field: string): boolean {
  return (type === 'Dict' && field === 'keys') || (type === 'arguments' && field === 'kw_defaults');
}

class FromHeap {
  node(v: number, expected: string): A.Node {
    const kind = kindOf(v, NODE_FIELDS);
    if (kind === null || (CATEGORY[kind] ?? kind) !== expected) return typeError(`expected some sort of ${expected}, but got ${reprJs(v)}`);
    const type = kind as NodeType;
    const out: Record<string, unknown> = { nodeType: type };
    // the location first: CPython reports a statement without one before its children
    const attrs = NODE_ATTRIBUTES[type];
    if (attrs.length > 0) {
      const where = CATEGORY[type] ?? type;
      for (const f of attrs) {
        const x = getattrOpt(v, intern(f));
        if (x === 0 || x === K.None) {
          if (f === 'lineno' || f === 'col_offset') typeError(`required field "${f}" missing from ${where}`);
          out[f] = f === 'end_lineno' ? out.lineno : out.col_offset; // (set before: the order of _attributes)
        } else out[f] = this.int(x);
      }
    }
    const optional = NODE_OPTIONAL_FIELDS[type];
    for (const f of NODE_FIELDS[type]) {
      const x = getattrOpt(v, intern(f));
      if (x === 0 || x === K.None) {
        if (optional.includes(f)) out[f] = null;
        else if (x === 0) typeError(`required field "${f}" missing from ${type}`);
        else if (isListField(type, f)) typeError(`${type} field "${f}" must be a list, not a NoneType`);
        else valueError(`field '${f}' is required for ${type}`);
      } else out[f] = this.field(x, type, f);
    }
    checkNode(out as unknown as A.Node);
    return out as unknown as A.Node;
  }

  private field(x: number, type: NodeType, f: string): unknown {
    if (isListField(type, f)) {
      if (typeOf(x) !== T.list) typeError(`${type} field "${f}" must be a list, not a ${typeName(typeOf(x))}`);
      return listItems(x).map((item) => {
        if (item === K.None && noneItemsAllowed(type, f)) return null;
        return this.item(item, type, f);
      });
    }
    return this.item(x, type, f);
  }

  private item(x: number, type: NodeType, f: string): unknown {
    if (f === 'value' && (type === 'Constant' || type === 'MatchSingleton')) return constantFromHeap(x);
    if (isStringField(type, f)) {
      if (typeOf(x) !== T.str) typeError(f === 'kind' || f === 'type_comment' ? `AST string must be of type str` : 'AST identifier must be of type str');
      return strJs(x);
    }
    if (isIntField(f)) return this.int(x);
    if (f === 'op' || f === 'ops' || f === 'ctx') {
      const kind = kindOf(x, SINGLETON_CATEGORY);
      const want = f === 'ctx' ? 'expr_context' : type === 'BoolOp' ? 'boolop' : type === 'UnaryOp' ? 'unaryop' : type === 'Compare' ? 'cmpop' : 'operator';
      if (kind === null || SINGLETON_CATEGORY[kind] !== want) typeError(`expected some sort of ${want}, but got ${reprJs(x)}`);
      return kind;
    }
    return this.node(x, expectedCategory(type, f));
  }

  private int(x: number): number {
    const n = typeOf(x) === T.int || typeOf(x) === T.bool ? intValue(x) : null;
    if (n === null) return valueError(`invalid integer value: ${reprJs(x)}`);
    if (n > 0x7fffffffn || n < -0x80000000n) raise(T.OverflowError, 'Python int too large to convert to C int');
    return Number(n);
  }
}

/** A constant's value as the compiler holds it; CPython's validate_constant rules. */
function constantFromHeap(x: number): ConstantValue {
  if (x === K.None) return null;
  if (x === K.True) return true;
  if (x === K.False) return false;
  if (x === K.Ellipsis) return ELLIPSIS;
  const t = typeOf(x);
  if (t === T.int) return intValue(x) as bigint;
  if (t === T.float) return floatValue(x);
  if (t === T.complex) return new PyComplex(complexReal(x), complexImag(x));
  if (t === T.str) {
    const cps = strCodePoints(x);
    return cps.some((c) => c >= 0xd800 && c <= 0xdfff) ? new PySurrogateStr(cps) : strJs(x);
  }
  if (t === T.bytes) return new PyBytes(Uint8Array.from(bytesView(x)));
  if (t === T.tuple) return new PyTupleConst(tupleItems(x).map(constantFromHeap));
  if (t === T.frozenset) return new PyFrozenSetConst(setItems(x).map(constantFromHeap));
  return typeError(`got an invalid type in Constant: ${typeName(t)}`);
}

/** The checks of CPython's ast validator that the code generator relies on. */
function checkNode(n: A.Node): void {
  const emptyBody = (what: string, list: unknown[]): void => {
    if (list.length === 0) valueError(`empty ${what} on ${n.nodeType}`);
  };
  switch (n.nodeType) {
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'While': case 'If':
    case 'With': case 'AsyncWith':
      emptyBody('body', n.body);
      break;
    case 'Try': case 'TryStar':
      emptyBody('body', n.body);
      if (n.handlers.length === 0 && n.finalbody.length === 0) valueError(`${n.nodeType} has neither except handlers nor finalbody`);
      if (n.handlers.length === 0 && n.orelse.length > 0) valueError(`${n.nodeType} has orelse but no except handlers`);
      break;
    case 'ExceptHandler': case 'match_case':
      emptyBody('body', n.body);
      break;
    case 'Match':
      if (n.cases.length === 0) valueError('empty cases on Match');
      break;
    case 'Delete':
      emptyBody('targets', n.targets);
      checkContexts(n.targets, 'Del');
      break;
    case 'Assign':
      emptyBody('targets', n.targets);
      checkContexts(n.targets, 'Store');
      break;
    case 'AugAssign': case 'AnnAssign':
      checkContexts([n.target], 'Store');
      break;
    case 'For': case 'AsyncFor':
      emptyBody('body', n.body);
      checkContexts([n.target], 'Store');
      break;
    case 'comprehension':
      checkContexts([n.target], 'Store');
      break;
    case 'NamedExpr':
      checkContexts([n.target], 'Store');
      break;
    case 'Import': case 'ImportFrom':
      emptyBody('names', n.names);
      break;
    case 'BoolOp':
      if (n.values.length < 2) valueError('BoolOp with less than 2 values');
      break;
    case 'Compare':
      if (n.comparators.length === 0) valueError('Compare with no comparators');
      if (n.comparators.length !== n.ops.length) valueError('Compare has a different number of comparators and operands');
      break;
    case 'Dict':
      if (n.keys.length !== n.values.length) valueError('Dict doesn\'t have the same number of keys as values');
      break;
    case 'arguments':
      if (n.defaults.length > n.posonlyargs.length + n.args.length) valueError('more positional defaults than args on arguments');
      if (n.kw_defaults.length !== n.kwonlyargs.length) valueError('length of kwonlyargs is not the same as kw_defaults on arguments');
      break;
    default:
      break;
  }
  checkLoads(n);
}

const STORE_TARGETS = new Set(['Name', 'Attribute', 'Subscript', 'Starred', 'List', 'Tuple']);

/** Targets must have the context of their statement (a Load in `x = 1` is rejected). */
function checkContexts(targets: A.Expr[], ctx: A.ExprContext): void {
  for (const t of targets) {
    if (!STORE_TARGETS.has(t.nodeType)) continue; // the code generator reports "cannot assign to"
    const actual = (t as { ctx: A.ExprContext }).ctx;
    if (actual !== ctx) valueError(`expression must have ${ctx} context but has ${actual} instead`);
  }
}

/** Expressions read by a node (not its targets) must have Load context. */
function checkLoads(n: A.Node): void {
  const rec = n as unknown as Record<string, unknown>;
  const targets = new Set<unknown>();
  switch (n.nodeType) {
    case 'Assign': case 'Delete':
      for (const t of n.targets) targets.add(t);
      break;
    case 'AugAssign': case 'AnnAssign': case 'For': case 'AsyncFor': case 'comprehension': case 'NamedExpr':
      targets.add(n.target);
      break;
    case 'withitem':
      if (n.optional_vars !== null) targets.add(n.optional_vars);
      break;
    case 'List': case 'Tuple': case 'Starred':
      return; // their items take the container's context, checked where it is used
    default:
      break;
  }
  for (const f of NODE_FIELDS[n.nodeType]) {
    const v = rec[f];
    for (const e of Array.isArray(v) ? v : [v]) {
      if (e === null || typeof e !== 'object' || targets.has(e)) continue;
      const x = e as A.Node;
      if (!STORE_TARGETS.has(x.nodeType)) continue;
      if (n.nodeType === 'withitem' || n.nodeType === 'arguments') continue;
      loadContext(x as A.Expr);
    }
  }
}

function loadContext(e: A.Expr): void {
  const ctx = (e as { ctx: A.ExprContext }).ctx;
  if (ctx !== 'Load') valueError(`expression must have Load context but has ${ctx} instead`);
  if (e.nodeType === 'List' || e.nodeType === 'Tuple') for (const x of e.elts) if (STORE_TARGETS.has(x.nodeType)) loadContext(x);
  if (e.nodeType === 'Starred' && STORE_TARGETS.has(e.value.nodeType)) loadContext(e.value);
}

const MODE_NODE: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** True when `v` is an instance of an `_ast` node class. */
export function isAstNode(v: number): boolean {
  if (v === 0 || layoutOf(v) === L_TYPE) return false;
  const ast = nodeClass('AST');
  return tupleItems(mem[typeOf(v) + TY_MRO]).includes(ast);
}

/** `compile(tree, filename, mode)`: the tree checked and compiled into a heap code object. */
export function compileTreeToHeap(tree: number, filename: string, mode: CompileMode | 'func_type', compileFlags = 0, optimize = 0): number {
  const want = MODE_NODE[mode];
  const got = kindOf(tree, NODE_FIELDS);
  if (got !== want) typeError(`expected ${want} node, got ${got ?? typeName(typeOf(tree))}`);
  if (mode === 'func_type') return valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  const mod = new FromHeap().node(tree, 'mod') as A.Mod;
  return loadCode(compileGuarded((warnings) => compileAst(mod, filename, '', mode, warnings, compileFlags, optimize)));
}
