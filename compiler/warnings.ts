// Compile-time warnings, as CPython 3.11 emits them (compiler_warn in compile.c, parser_warn in
// tokenizer.c, warn_invalid_escape_sequence in string_parser.c). compile() collects them in the
// order CPython would issue them; the VM issues each through warnings.warn_explicit, and when a
// filter turns one into an exception it raises the SyntaxError CPython raises in its place.
import { PySyntaxError } from './errors';

export type WarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

export interface CompileWarning {
  category: WarningCategory;
  message: string;
  filename: string;
  lineno: number;
  /** The SyntaxError that replaces the warning under an "error" filter. */
  error: PySyntaxError;
  /** CPython's compiler (not the parser) reads the error's text from the file itself
   *  (PyErr_ProgramTextObject): null text unless `filename` is a readable file. */
  textFromFile: boolean;
}

let sink: CompileWarning[] | null = null;

/** Runs `f` with compile-time warnings appended to `out` (kept there if `f` throws). */
export function collectingWarnings<T>(out: CompileWarning[] | undefined, f: () => T): T {
  const saved = sink;
  sink = out ?? null;
  try {
    return f();
  } finally {
    sink = saved;
  }
}

/** True when someone collects warnings (checks that cost anything can be skipped otherwise). */
export function warningsWanted(): boolean {
  return sink !== null;
}

export function addWarning(category: WarningCategory, error: PySyntaxError, textFromFile = false): void {
  if (sink === null) return;
  sink.push({ category, message: error.msg, filename: error.filename, lineno: error.lineno, error, textFromFile });
}
