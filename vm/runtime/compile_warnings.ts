// Issues the compile-time warnings of compiler/ (compiler/warnings.ts) as CPython's compiler does
// with PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL): through
// warnings.warn_explicit (no module, no registry), so the filters, catch_warnings(record=True)
// and showwarning see them. When a filter makes one an exception of its category, the SyntaxError
// CPython raises in its place replaces it (compile.c compiler_warn, tokenizer.c parser_warn,
// string_parser.c warn_invalid_escape_sequence). The warnings module is imported only when there
// is something to issue.
import type { CompileWarning } from '../../compiler/warnings';
import { PySyntaxError } from '../../compiler/errors';
import { PyException } from './errors';
import { T } from './types';
import { importModule, syntaxErrorObject } from './importer';
import { getattr, isInstance } from './protocol';
import { callObject } from '../interp/call';
import { intern, newStr } from '../objects/str_core';
import { intFromNumber } from '../objects/int_core';
import { lineFromFile } from './program_text';

function asError(w: CompileWarning): PySyntaxError {
  const e = w.error;
  if (!w.textFromFile) return e;
  return new PySyntaxError('SyntaxError', e.msg, e.filename, e.lineno, e.offset, lineFromFile(e.filename, e.lineno), e.end_lineno, e.end_offset);
}

export function issueCompileWarnings(ws: readonly CompileWarning[]): void {
  if (ws.length === 0) return;
  const warnExplicit = getattr(importModule('warnings'), intern('warn_explicit'));
  for (const w of ws) {
    const category = w.category === 'SyntaxWarning' ? T.SyntaxWarning : T.DeprecationWarning;
    try {
      callObject(warnExplicit, [newStr(w.message), category, newStr(w.filename), intFromNumber(w.lineno)], 0);
    } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, category)) throw new PyException(syntaxErrorObject(asError(w)));
      throw e;
    }
  }
}
