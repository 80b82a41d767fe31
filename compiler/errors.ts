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
    /** 1-based character column one past the end; 0 or -1 when unknown */
    readonly end_offset: number = 0,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}

/** Formats a syntax error the way CPython 3.11 prints an uncaught one (traceback module rules). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = '';
  let filenameSuffix = '';
  if (e.lineno > 0) out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  else if (e.filename !== '') filenameSuffix = ` (${e.filename})`;
  if (e.text !== null) {
    const rtext = e.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (e.offset !== 0 && e.offset !== -1) {
      const offset = e.offset;
      let endOffset = e.end_offset === 0 || e.end_offset === -1 || e.end_lineno !== e.lineno ? offset : e.end_offset;
      if (offset === endOffset) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        let caretSpace = '';
        for (const c of ltext.slice(0, colno)) caretSpace += /\s/.test(c) ? c : ' ';
        out += `    ${caretSpace}${'^'.repeat(Math.max(1, endColno - colno))}\n`;
      }
    }
  }
  out += `${e.kind}: ${e.msg || '<no detail available>'}${filenameSuffix}\n`;
  return out;
}
