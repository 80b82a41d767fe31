// Compile-time errors raised by every compiler pass, and their display in CPython's format.
// A PySyntaxError carries exactly the fields of CPython's SyntaxError (msg, filename, lineno,
// offset, text, end_lineno, end_offset); offsets are 1-based *character* columns into `text`,
// as CPython reports them. The CLI prints it with formatSyntaxError and exits 1.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based character column of the start of the error, 0 or -1 when unknown */
    readonly offset: number,
    /** the source line (with its newline, as CPython keeps it), or null */
    readonly text: string | null,
    readonly end_lineno: number = lineno,
    /** 1-based character column one past the end; 0 or -1 when unknown (null: None, future.c's) */
    readonly end_offset: number | null = 0,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
  /** Raised by the compiler proper (codegen, symtable, future): CPython reads `text` from the
   *  file named `filename` (None when there is none); the VM does (vm/runtime/program_text.ts). */
  textFromFile = false;
}

/** `e`, marked as an error of the compiler proper (PySyntaxError.textFromFile). */
export function compilerError(e: PySyntaxError): PySyntaxError {
  e.textFromFile = true;
  return e;
}

/**
 * Formats a syntax error the way CPython 3.11's interpreter prints an uncaught one
 * (print_error_text in Python/pythonrun.c): leading whitespace stripped, the caret column clipped
 * to the line, a range of carets for SyntaxError, a single caret for IndentationError/TabError.
 */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = '';
  let filenameSuffix = '';
  if (e.lineno > 0) out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  else if (e.filename !== '') filenameSuffix = ` (${e.filename})`;
  if (e.text !== null) {
    const rtext = e.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \t\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (e.offset !== 0 && e.offset !== -1) {
      let colno = Math.min(e.offset - 1 - spaces, ltext.length);
      let width = 1;
      const sameLine = e.end_lineno === e.lineno;
      if (e.kind === 'SyntaxError' && sameLine && e.end_offset !== null && e.end_offset > e.offset) width = e.end_offset - e.offset;
      if (colno >= 0) {
        let caretSpace = '';
        for (const c of ltext.slice(0, colno)) caretSpace += /\s/.test(c) ? c : ' ';
        if (colno > ltext.length) colno = ltext.length;
        out += `    ${caretSpace}${'^'.repeat(Math.max(1, width))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg || '<no detail available>'}${filenameSuffix}\n`;
  return out;
}
