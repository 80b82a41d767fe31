// Codegen for the `match` statement (PEP 634), following CPython 3.11's compile.c pattern
// compiler. PLACEHOLDER until the pattern compiler lands: reports the construct as not yet
// supported, as issue 4 allows.
import type * as A from './ast';
import type { CodegenHost } from './codegen_host';

export function compileMatch(host: CodegenHost, s: A.Match): void {
  host.error("the 'match' statement is not supported yet", { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: s.col_offset });
}
