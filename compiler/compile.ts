// The compiler pipeline: source → AST → symbol table → code objects. `compile` is what
// `compile()`/`exec` will call; `compileAst` starts from an existing tree (tests feed it
// CPython's own ASTs through compiler/ast_json.ts). Both can collect the compile-time warnings
// (compiler/warnings.ts).
import type { Mod } from './ast';
import type { CodeObject } from './code';
import { CodeGen } from './codegen';
import { parse, type ParseMode } from './parser';
import { buildSymtable, CO_FUTURE_ANNOTATIONS } from './symtable';
import { optimizeAst } from './ast_opt';
import { collectingWarnings, type CompileWarning } from './warnings';

function hasFutureAnnotations(mod: Mod, compileFlags: number): boolean {
  if ((compileFlags & CO_FUTURE_ANNOTATIONS) !== 0) return true;
  if (mod.nodeType !== 'Module') return false;
  return mod.body.some((s) => s.nodeType === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
}

export type CompileMode = Exclude<ParseMode, 'func_type'>;

/** compile()'s flag: `# type:` comments are parsed (see parse()). */
export const PyCF_TYPE_COMMENTS = 0x1000;

/** `warnings`: where the compile-time warnings go, in CPython's order (also when it throws).
 *  `compileFlags`: compile()'s flags; the __future__ bits of them (PyCF_MASK) are in effect.
 *  `optimize`: compile()'s level: 0 as is, 1 (-O) `__debug__` is False and asserts go, 2 (-OO)
 *  docstrings go too. */
export function compileAst(mod: Mod, filename: string, source: string, _mode: CompileMode = 'exec', warnings?: CompileWarning[], compileFlags = 0, optimize = 0): CodeObject {
  if (warnings !== undefined) return collectingWarnings(warnings, () => compileAst(mod, filename, source, _mode, undefined, compileFlags, optimize));
  optimizeAst(mod, hasFutureAnnotations(mod, compileFlags));
  const table = buildSymtable(mod, filename, source, compileFlags);
  return new CodeGen(table, filename, source, optimize).compileModule(mod);
}

export function compile(source: string, filename: string, mode: CompileMode = 'exec', warnings?: CompileWarning[], compileFlags = 0, optimize = 0): CodeObject {
  if (warnings !== undefined) return collectingWarnings(warnings, () => compile(source, filename, mode, undefined, compileFlags, optimize));
  return compileAst(parse(source, filename, mode, (compileFlags & PyCF_TYPE_COMMENTS) !== 0), filename, source, mode, undefined, compileFlags, optimize);
}
