// The compiler's SyntaxWarnings (CPython 3.11 compile.c: check_compare, compiler_assert,
// check_caller, check_subscripter, check_index, infer_type), made where CPython makes them: on
// the tree after constant folding, as the code generator reaches the node (so code compiled
// twice, a finally body or a while test, warns twice, as in CPython).
import type * as A from './ast';
import { PyBytes, PyComplex, PyEllipsis, PyFrozenSetConst, PySurrogateStr, PyTupleConst, type ConstantValue } from './constants';

export type Warn = (msg: string, at: A.Located) => void;

function constTypeName(v: ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if (v instanceof PySurrogateStr) return 'str';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v instanceof PyEllipsis) return 'ellipsis';
  if (v instanceof PyTupleConst) return 'tuple';
  if (v instanceof PyFrozenSetConst) return 'frozenset';
  return 'object';
}

/** infer_type: the type name of an expression whose type the compiler knows, or null. */
function inferType(e: A.Expr): string | null {
  switch (e.nodeType) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constTypeName(e.value);
    default: return null;
  }
}

/** check_is_arg: None, True, False and ... are fine operands of `is`. */
function isArgOk(e: A.Expr): boolean {
  if (e.nodeType !== 'Constant') return true;
  const v = e.value;
  return v === null || typeof v === 'boolean' || v instanceof PyEllipsis;
}

export function checkCompare(e: A.Compare, warn: Warn): void {
  let left = isArgOk(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = isArgOk(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e);
      return;
    }
    left = right;
  }
}

export function checkAssert(s: A.Assert, warn: Warn): void {
  const t = s.test;
  if ((t.nodeType === 'Tuple' && t.elts.length > 0)
    || (t.nodeType === 'Constant' && t.value instanceof PyTupleConst && t.value.items.length > 0)) {
    warn('assertion is always true, perhaps remove parentheses?', s);
  }
}

/** check_caller, at the Call (not for method calls `a.b()`). */
export function checkCaller(call: A.Call, warn: Warn): void {
  const f = call.func;
  switch (f.nodeType) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      warn(`'${inferType(f)}' object is not callable; perhaps you missed a comma?`, call);
  }
}

/** check_subscripter and check_index, at a Load subscript. */
export function checkSubscript(sub: A.Subscript, warn: Warn): void {
  const e = sub.value;
  let v: ConstantValue = null;
  let notSubscriptable = false;
  switch (e.nodeType) {
    case 'Constant':
      v = e.value;
      notSubscriptable = v === null || v instanceof PyEllipsis || typeof v === 'bigint' || typeof v === 'boolean'
        || typeof v === 'number' || v instanceof PyComplex || v instanceof PyFrozenSetConst;
      break;
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      notSubscriptable = true;
  }
  if (notSubscriptable) {
    warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`, sub);
    return;
  }
  const index = inferType(sub.slice);
  if (index === null || index === 'int' || index === 'bool') return;
  let sequence = false;
  switch (e.nodeType) {
    case 'Constant':
      sequence = typeof v === 'string' || v instanceof PySurrogateStr || v instanceof PyBytes || v instanceof PyTupleConst;
      break;
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      sequence = true;
  }
  if (sequence) warn(`${inferType(e)} indices must be integers or slices, not ${index}; perhaps you missed a comma?`, sub);
}

/** The warnings of an expression compiled a second time (3.11 compiles a while loop's test
 *  before and after the body): the same checks, in the same order, without the code. */
export function warnAgain(n: object, warn: Warn): void {
  const node = n as { nodeType?: string };
  switch (node.nodeType) {
    case 'Constant': return;
    case 'Compare': checkCompare(n as A.Compare, warn); break;
    case 'Call': if ((n as A.Call).func.nodeType !== 'Attribute') checkCaller(n as A.Call, warn); break;
    case 'Subscript': if ((n as A.Subscript).ctx === 'Load') checkSubscript(n as A.Subscript, warn); break;
  }
  for (const k in n) {
    const v = (n as Record<string, unknown>)[k];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') warnAgain(x, warn);
    } else warnAgain(v, warn);
  }
}
