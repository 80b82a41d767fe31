// Expression → source text, as CPython 3.11's compiler writes annotations under
// `from __future__ import annotations` (its ast_unparse.c: the same precedence levels, the
// minimal parentheses, `1 .real`, `1e309` for an infinite float, `{*()}` for an empty set).
// Only expressions: that is all an annotation can be. Written for pystm from the documented
// behaviour of the generated strings.
import type * as A from './ast';
import { ELLIPSIS, PyComplex, type ConstantValue } from './constants';
import { reprConstant, reprStr } from './pyrepr';

const enum P { TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BOR = EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM }

const BIN: Record<A.OperatorKind, [string, P]> = {
  Add: ['+', P.ARITH], Sub: ['-', P.ARITH], Mult: ['*', P.TERM], MatMult: ['@', P.TERM], Div: ['/', P.TERM],
  Mod: ['%', P.TERM], FloorDiv: ['//', P.TERM], LShift: ['<<', P.SHIFT], RShift: ['>>', P.SHIFT],
  BitOr: ['|', P.BOR], BitXor: ['^', P.BXOR], BitAnd: ['&', P.BAND], Pow: ['**', P.POWER],
};
const CMP: Record<A.CmpOpKind, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** The source text CPython's compiler makes of expression `e`. */
export function unparseExpr(e: A.Expr): string {
  return expr(e, P.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function constant(v: ConstantValue): string {
  if (v === ELLIPSIS) return '...';
  if (typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? '1e309' : '-1e309';
  if (v instanceof PyComplex && (!Number.isFinite(v.imag) || !Number.isFinite(v.real))) {
    return reprConstant(v).replace(/inf/g, '1e309');
  }
  return reprConstant(v);
}

function comprehensions(gens: A.Comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += g.is_async ? ' async for ' : ' for ';
    out += expr(g.target, P.TUPLE) + ' in ' + expr(g.iter, P.TEST + 1);
    for (const c of g.ifs) out += ' if ' + expr(c, P.TEST + 1);
  }
  return out;
}

function args(a: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], P.TEST)}` : p.arg);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg) parts.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${k.arg}=${expr(d, P.TEST)}` : k.arg);
  });
  if (a.kwarg) parts.push('**' + a.kwarg.arg);
  return parts.join(', ');
}

/** The body of an f-string (what goes between its quotes). */
function fstringBody(values: A.Expr[]): string {
  let out = '';
  for (const v of values) {
    if (v.nodeType === 'Constant' && typeof v.value === 'string') out += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v.nodeType === 'FormattedValue') out += formatted(v);
    else if (v.nodeType === 'JoinedStr') out += fstringBody(v.values);
  }
  return out;
}

function formatted(v: A.FormattedValue): string {
  const inner = expr(v.value, P.TEST + 1);
  let out = '{' + (inner.startsWith('{') ? ' ' : '') + inner;
  if (v.conversion > 0) out += '!' + String.fromCharCode(v.conversion);
  if (v.format_spec) {
    out += ':' + (v.format_spec.nodeType === 'JoinedStr' ? fstringBody(v.format_spec.values) : expr(v.format_spec, P.TEST));
  }
  return out + '}';
}

function expr(e: A.Expr, level: number): string {
  switch (e.nodeType) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? P.AND : P.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BIN[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, `${expr(e.left, pr + rassoc)} ${op} ${expr(e.right, pr + 1 - rassoc)}`);
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', P.NOT] : [e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-', P.FACTOR];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(level > P.TEST, `lambda${a ? ' ' + a : ''}: ${expr(e.body, P.TEST)}`);
    }
    case 'IfExp':
      return paren(level > P.TEST, `${expr(e.body, P.TEST + 1)} if ${expr(e.test, P.TEST + 1)} else ${expr(e.orelse, P.TEST)}`);
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k === null ? '**' + expr(e.values[i], P.EXPR) : `${expr(k, P.TEST)}: ${expr(e.values[i], P.TEST)}`)).join(', ') + '}';
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : '{' + e.elts.map((x) => expr(x, P.TEST)).join(', ') + '}';
    case 'ListComp': return `[${expr(e.elt, P.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, P.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp': return `{${expr(e.key, P.TEST)}: ${expr(e.value, P.TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, P.TEST)}${comprehensions(e.generators)})`;
    case 'Await': return paren(level > P.AWAIT, 'await ' + expr(e.value, P.ATOM));
    case 'Yield': return paren(level > P.ATOM, e.value ? 'yield ' + expr(e.value, P.TEST) : 'yield');
    case 'YieldFrom': return paren(level > P.ATOM, 'yield from ' + expr(e.value, P.TEST));
    case 'Compare': {
      let out = expr(e.left, P.CMP + 1);
      e.ops.forEach((op, i) => { out += ` ${CMP[op]} ${expr(e.comparators[i], P.CMP + 1)}`; });
      return paren(level > P.CMP, out);
    }
    case 'Call': {
      const f = expr(e.func, P.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].nodeType === 'GeneratorExp') return f + expr(e.args[0], P.TEST);
      const parts = e.args.map((a) => expr(a, P.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? '**' + expr(k.value, P.EXPR) : `${k.arg}=${expr(k.value, P.TEST)}`);
      return `${f}(${parts.join(', ')})`;
    }
    case 'FormattedValue': return 'f' + reprStr(formatted(e));
    case 'JoinedStr': return 'f' + reprStr(fstringBody(e.values));
    case 'Constant': return constant(e.value);
    case 'Attribute': {
      const v = e.value;
      const period = v.nodeType === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, P.ATOM) + period + e.attr;
    }
    case 'Subscript': return `${expr(e.value, P.ATOM)}[${expr(e.slice, P.TUPLE)}]`;
    case 'Starred': return '*' + expr(e.value, P.EXPR);
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, P.TEST)).join(', ') + ']';
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(level > P.TUPLE, e.elts.map((x) => expr(x, P.TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'Slice': {
      let out = (e.lower ? expr(e.lower, P.TEST) : '') + ':' + (e.upper ? expr(e.upper, P.TEST) : '');
      if (e.step) out += ':' + expr(e.step, P.TEST);
      return out;
    }
    case 'NamedExpr': return paren(level > P.TUPLE, `${expr(e.target, P.ATOM)} := ${expr(e.value, P.ATOM)}`);
    default: return unreachable(e);
  }
}

function unreachable(x: never): never {
  throw new Error(`internal: unparse of ${(x as { nodeType: string }).nodeType}`);
}
