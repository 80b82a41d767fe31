"""CPython 3.11's symbol tables of many files, for spec/unit/symtable.test.ts.

Usage: python3 spec/tools/symtable_dump.py [--snippets] LISTFILE OUTFILE
LISTFILE holds one path per line. OUTFILE gets one JSON line per file: {"path", "skip": reason}
when ast.parse rejects it; else {"path", "ast" (compiler/tools/ast2json.py's form), and either
"error": [msg, lineno, offset, end_lineno, end_offset] (the symtable or future pass rejected it)
or "st" (canonical symtable text) and "code" (sorted code-object keys; null if compile() fails
in a later pass)}.

With --snippets, the inputs are not the files themselves but the string literals inside them
that parse as Python and mention a scoping construct (CPython's tests keep their tricky programs,
many of them erroneous, in strings and doctests); each record then also carries "source" and its "path" is
FILE:LINE.

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
import doctest  # noqa: E402
import textwrap  # noqa: E402

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


SNIPPET_WORDS = ('def ', 'class ', 'lambda', 'global ', 'nonlocal ', ':=', 'yield', 'await ', 'import ',
                 ' for ', 'except', 'match ', '__class__', 'super')


def parses(text):
    try:
        ast.parse(text)
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def snippet_sources(text):
    """The programs inside one string literal: its doctest examples, and the string itself
    (as is or dedented) when it parses."""
    out = []
    if '>>> ' in text:
        try:
            out += [ex.source for ex in doctest.DocTestParser().get_examples(text)]
        except ValueError:
            pass
    if len(text) <= 4000:
        for candidate in (text, textwrap.dedent(text)):
            if parses(candidate):
                out.append(candidate)
                break
    return [c for c in out if any(w in c for w in SNIPPET_WORDS) and parses(c)]


def snippets(paths):
    """(label, source bytes) of the string literals in `paths` worth a symtable comparison."""
    seen = set()
    for path in paths:
        with open(path, 'rb') as f:
            try:
                tree = ast.parse(f.read(), path)
            except (SyntaxError, ValueError, RecursionError):
                continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not any(w in node.value for w in SNIPPET_WORDS):
                continue
            for src in snippet_sources(node.value):
                if src in seen:
                    continue
                seen.add(src)
                try:
                    yield '%s:%d' % (path, node.lineno), src.encode('utf-8')
                except UnicodeEncodeError:
                    pass


def record(path, src):
    try:
        tree = ast.parse(src, path)
    except (SyntaxError, ValueError, RecursionError) as e:
        return {'path': path, 'skip': '%s: %s' % (type(e).__name__, e)}
    rec = {'path': path, 'ast': conv(tree)}
    try:
        top = _symtable.symtable(src, path, 'exec')
    except SyntaxError as e:
        rec['error'] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        return rec
    except RecursionError:
        return {'path': path, 'skip': 'RecursionError'}
    lines = []
    canon(top, lines)
    rec['st'] = '\n'.join(lines)
    try:
        code = compile(src, path, 'exec', dont_inherit=True)
        keys = []
        code_keys(code, keys)
        keys.sort()
        rec['code'] = keys
    except (SyntaxError, RecursionError, ValueError):
        rec['code'] = None
    return rec


def main():
    warnings.simplefilter('ignore')
    args = sys.argv[1:]
    snippet_mode = args[0] == '--snippets'
    if snippet_mode:
        args = args[1:]
    listfile, outfile = args
    with open(listfile, encoding='utf-8') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    with open(outfile, 'w', encoding='utf-8') as out:
        if snippet_mode:
            for label, src in snippets(paths):
                rec = record(label, src)
                rec['source'] = src.decode('utf-8')
                out.write(json.dumps(rec) + '\n')
        else:
            for path in paths:
                with open(path, 'rb') as f:
                    src = f.read()
                out.write(json.dumps(record(path, src)) + '\n')

if __name__ == '__main__':
    main()
