// The compiler's public surface, bundled as dist/compiler.js for benchmarks and tools:
// source bytes → tokens → AST → symbol table → code objects, each stage callable on its own.
export { decodeSource } from './source';
export { tokenize } from './tokenizer';
export { parse } from './parser';
export { dumpAst } from './astdump';
export { buildSymtable } from './symtable';
export { compile, compileAst } from './compile';
export { PySyntaxError, formatSyntaxError } from './errors';
export { type CompileWarning } from './warnings';
