// The compiler's public surface, bundled as dist/compiler.js for benchmarks and tools:
// source bytes → tokens → AST → symbol table, each stage callable on its own (code objects
// arrive with the code generator).
export { decodeSource } from './source';
export { tokenize } from './tokenizer';
export { parse } from './parser';
export { dumpAst } from './astdump';
export { buildSymtable } from './symtable';
export { PySyntaxError, formatSyntaxError } from './errors';
