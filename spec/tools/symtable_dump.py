"""CPython 3.11's symbol tables of many files, for spec/unit/symtable.test.ts.

Usage: python3 spec/tools/symtable_dump.py LISTFILE OUTFILE
LISTFILE holds one path per line. OUTFILE gets one JSON line per file: {"path", "skip": reason}
when ast.parse rejects it; else {"path", "ast" (compiler/tools/ast2json.py's form), and either
"error": [msg, lineno, offset, end_lineno, end_offset] (the symtable or future pass rejected it)
or "st" (canonical symtable text) and "code" (sorted code-object keys; null if compile() fails
in a later pass)}.

Canonical symtable text (reproduced by the test from our Block tree), one line each:
  B <function|class|module> <name> <lineno> <nested 0|1> <varnames,comma-separated>
  s <name> <flags | scope << 11>      (CPython's raw value; symbols in dict order, except the
                                       pass-through free names update_symbols adds from a set,
                                       whose order is hash-dependent: those come last, sorted)
  ...children...
  E
Code keys: what the symtable decides but the symtable module does not expose, read back from
the compiled code objects: "F <co_name> <co_flags & (VARARGS|VARKEYWORDS|NESTED|GENERATOR|
COROUTINE|ASYNC_GENERATOR)>" per function-like code object, "C <name> <1 if the class body has a
__class__ cell>" per class body.
"""
import json
import os
import sys
import _symtable
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'compiler', 'tools'))
from ast2json import conv  # noqa: E402
import ast  # noqa: E402

KINDS = {0: 'function', 1: 'class', 2: 'module'}
FREE_ONLY = 4 << 11
FLAG_MASK = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200
CO_NEWLOCALS = 0x2


def canon(ste, out):
    out.append('B %s %s %d %d %s' % (KINDS[ste.type], ste.name, ste.lineno, ste.nested, ','.join(ste.varnames)))
    passthrough = []
    for name, flags in ste.symbols.items():
        if flags == FREE_ONLY:
            passthrough.append(name)
        else:
            out.append('s %s %d' % (name, flags))
    for name in sorted(passthrough):
        out.append('s %s %d' % (name, FREE_ONLY))
    for c in ste.children:
        canon(c, out)
    out.append('E')


def code_keys(co, out):
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            if c.co_flags & CO_NEWLOCALS:
                out.append('F %s %d' % (c.co_name, c.co_flags & FLAG_MASK))
            else:
                out.append('C %s %d' % (c.co_name, 1 if '__class__' in c.co_cellvars else 0))
            code_keys(c, out)


def main():
    warnings.simplefilter('ignore')
    listfile, outfile = sys.argv[1], sys.argv[2]
    with open(listfile, encoding='utf-8') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    with open(outfile, 'w', encoding='utf-8') as out:
        for path in paths:
            with open(path, 'rb') as f:
                src = f.read()
            try:
                tree = ast.parse(src, path)
            except (SyntaxError, ValueError, RecursionError) as e:
                out.write(json.dumps({'path': path, 'skip': '%s: %s' % (type(e).__name__, e)}) + '\n')
                continue
            rec = {'path': path, 'ast': conv(tree)}
            try:
                top = _symtable.symtable(src, path, 'exec')
            except SyntaxError as e:
                rec['error'] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
                out.write(json.dumps(rec) + '\n')
                continue
            lines = []
            canon(top, lines)
            rec['st'] = '\n'.join(lines)
            try:
                code = compile(src, path, 'exec', dont_inherit=True)
                keys = []
                code_keys(code, keys)
                keys.sort()
                rec['code'] = keys
            except (SyntaxError, RecursionError):
                rec['code'] = None
            out.write(json.dumps(rec) + '\n')


if __name__ == '__main__':
    main()
