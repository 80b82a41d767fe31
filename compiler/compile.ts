// The compiler pipeline: source → AST → symbol table → code objects. `compile` is what
// `compile()`/`exec` will call; `compileAst` starts from an existing tree (tests feed it
// CPython's own ASTs through compiler/ast_json.ts).
import type { Mod } from './ast';
import type { CodeObject } from './code';
import { CodeGen } from './codegen';
import { parse, type ParseMode } from './parser';
import { buildSymtable } from './symtable';
import { optimizeAst } from './ast_opt';

function hasFutureAnnotations(mod: Mod): boolean {
  if (mod.nodeType !== 'Module') return false;
  return mod.body.some((s) => s.nodeType === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
}

export type CompileMode = Exclude<ParseMode, 'func_type'>;

export function compileAst(mod: Mod, filename: string, source: string, _mode: CompileMode = 'exec'): CodeObject {
  optimizeAst(mod, hasFutureAnnotations(mod));
  const table = buildSymtable(mod, filename, source);
  return new CodeGen(table, filename, source).compileModule(mod);
}

export function compile(source: string, filename: string, mode: CompileMode = 'exec'): CodeObject {
  return compileAst(parse(source, filename, mode), filename, source, mode);
}
