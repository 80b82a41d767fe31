// `pystm --dump symtable`: the symbol table as stable, readable nested text. Format:
//
//   <kind> <name> line <lineno> [nested] [generator] [coroutine] [comprehension] [varargs]
//        [varkeywords] [needs_class_closure] [child_free] [private=<class>] [params=a,b,...]
//     <name>: <scope> [param] [assigned] [global] [nonlocal] [referenced] [imported]
//             [annotated] [free_class] [comp_iter]
//     <child blocks, indented two more spaces, in source order>
//
// kind is module | class | function (lambdas and comprehensions are functions, named lambda,
// listcomp, ...); scope is local | cell | free | global_explicit | global_implicit. Symbols are
// listed in CPython's order (first definition or use; pass-through free names last).
import { Block, DEF_ANNOT, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL,
  DEF_PARAM, Scope, Symtable, USE } from './symtable';

const SCOPE_NAMES: Record<Scope, string> = {
  [Scope.LOCAL]: 'local',
  [Scope.GLOBAL_EXPLICIT]: 'global_explicit',
  [Scope.GLOBAL_IMPLICIT]: 'global_implicit',
  [Scope.FREE]: 'free',
  [Scope.CELL]: 'cell',
};

const FLAG_NAMES: [number, string][] = [
  [DEF_PARAM, 'param'], [DEF_LOCAL, 'assigned'], [DEF_GLOBAL, 'global'], [DEF_NONLOCAL, 'nonlocal'],
  [USE, 'referenced'], [DEF_IMPORT, 'imported'], [DEF_ANNOT, 'annotated'], [DEF_FREE_CLASS, 'free_class'],
  [DEF_COMP_ITER, 'comp_iter'],
];

export function dumpSymtable(t: Symtable): string {
  const out: string[] = [];
  dumpBlock(t.top, '', out);
  return out.join('');
}

function dumpBlock(b: Block, indent: string, out: string[]): void {
  let head = `${indent}${b.kind} ${b.name} line ${b.lineno}`;
  if (b.isNested) head += ' nested';
  if (b.isGenerator) head += ' generator';
  if (b.isCoroutine) head += ' coroutine';
  if (b.isComprehension) head += ' comprehension';
  if (b.hasVarargs) head += ' varargs';
  if (b.hasVarkeywords) head += ' varkeywords';
  if (b.needsClassClosure) head += ' needs_class_closure';
  if (b.childHasFree) head += ' child_free';
  if (b.privateName !== null) head += ` private=${b.privateName}`;
  if (b.kind === 'function') head += ` params=${b.varnames.join(',')}`;
  out.push(head, '\n');
  const inner = indent + '  ';
  for (const sym of b.symbols.values()) {
    let line = `${inner}${sym.name}: ${SCOPE_NAMES[sym.scope]}`;
    for (const [bit, name] of FLAG_NAMES) if (sym.flags & bit) line += ' ' + name;
    out.push(line, '\n');
  }
  for (const c of b.children) dumpBlock(c, inner, out);
}
