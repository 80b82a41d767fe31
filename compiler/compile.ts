// The compiler pipeline: source → AST → symbol table → code objects. `compile` is what
// `compile()`/`exec` will call; `compileAst` starts from an existing tree (tests feed it
// CPython's own ASTs through compiler/ast_json.ts). Both can collect the compile-time warnings
// (compiler/warnings.ts).
import type { Mod } from './ast';
import type { CodeObject } from './code';
import { CodeGen } from './codegen';
import { parse, type ParseMode } from './parser';
import { buildSymtable } from './symtable';
import { optimizeAst } from './ast_opt';
import { collectingWarnings, type CompileWarning } from './warnings';

function hasFutureAnnotations(mod: Mod): boolean {
  if (mod.nodeType !== 'Module') return false;
  return mod.body.some((s) => s.nodeType === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
}

export type CompileMode = Exclude<ParseMode, 'func_type'>;

/** `warnings`: where the compile-time warnings go, in CPython's order (also when it throws). */
export function compileAst(mod: Mod, filename: string, source: string, _mode: CompileMode = 'exec', warnings?: CompileWarning[]): CodeObject {
  if (warnings !== undefined) return collectingWarnings(warnings, () => compileAst(mod, filename, source, _mode));
  optimizeAst(mod, hasFutureAnnotations(mod));
  const table = buildSymtable(mod, filename, source);
  return new CodeGen(table, filename, source).compileModule(mod);
}

export function compile(source: string, filename: string, mode: CompileMode = 'exec', warnings?: CompileWarning[]): CodeObject {
  if (warnings !== undefined) return collectingWarnings(warnings, () => compile(source, filename, mode));
  return compileAst(parse(source, filename, mode), filename, source, mode);
}
