// The native `_traceback` module behind lib/traceback.py: the pieces of the VM's own exception
// printer (runtime/traceback_print.ts) so that traceback.format_exc() and friends print exactly
// what an uncaught exception prints, with 3.11's position carets. Arguments are checked by
// traceback.py; here code objects, traceback objects and exceptions are trusted.
import { K } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { indexNumber, isInstance } from '../runtime/protocol';
import { T } from '../runtime/types';
import { newStr } from '../objects/str_core';
import { codeInfo } from '../objects/code';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { formatEntry, formatException, formatExceptionOnly } from '../runtime/traceback_print';

export function makeTracebackNativeModule(): number {
  const m = newModule('_traceback');
  const exc = (v: number): number => (isInstance(v, T.BaseException) ? v : typeError('an exception instance is required'));
  // format_exception(exc): the whole chained report, as sys.excepthook prints it
  moduleSet(m, 'format_exception', defineBuiltin('format_exception', (a) => newStr(formatException(exc(a[0])))));
  // format_exception_only(exc): the last line(s): "Type: message", notes, SyntaxError layout
  moduleSet(m, 'format_exception_only', defineBuiltin('format_exception_only', (a) => newStr(formatExceptionOnly(exc(a[0])))));
  // format_entry(code, lasti, lineno): '  File "f", line n, in name\n    source\n    ^^^^\n'
  moduleSet(m, 'format_entry', defineBuiltin('format_entry', (a) => {
    const code = a[0];
    const ci = codeInfo(code);
    const pc = a[1] === K.None ? -1 : indexNumber(a[1]) >> 2; // f_lasti is 4 bytes per instruction
    const lineno = indexNumber(a[2]);
    return newStr(formatEntry({ filename: ci.filename, lineno, name: ci.name, pc: Math.max(pc, 0), code }));
  }));
  return m;
}
