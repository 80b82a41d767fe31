// The `text` of a SyntaxError raised by the compiler proper (the code generator, the symbol
// table, the future pass) is what CPython's PyErr_ProgramTextObject reads from the *file* named
// by the filename, not the source compiled: compile(src, '<s>', 'exec'), exec(), -c and the
// REPL give None, a script or module its line (parser and tokenizer errors keep the source
// line). compiler/ marks such errors (PySyntaxError.textFromFile); this reads the file.
import * as fs from 'node:fs';
import { PySyntaxError } from '../../compiler/errors';

/** The line as PyErr_ProgramTextObject reads it from the file, or null. */
export function lineFromFile(filename: string, lineno: number): string | null {
  if (filename === '' || filename.startsWith('<')) return null;
  try {
    const line = fs.readFileSync(filename, 'utf8').split('\n')[lineno - 1];
    return line === undefined ? null : line + '\n';
  } catch {
    return null;
  }
}

/** `e` with its text read from its file when the compiler proper raised it. */
export function withProgramText(e: PySyntaxError): PySyntaxError {
  if (!e.textFromFile) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, lineFromFile(e.filename, e.lineno), e.end_lineno, e.end_offset);
}
