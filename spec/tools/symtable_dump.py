"""CPython 3.11's symbol tables of many files, for spec/unit/symtable.test.ts.

Usage: python3 spec/tools/symtable_dump.py [--snippets] LISTFILE OUTFILE
       python3 spec/tools/symtable_dump.py --fuzz COUNT SEED OUTFILE
LISTFILE holds one path per line. OUTFILE gets one JSON line per file: {"path", "skip": reason}
when ast.parse rejects it; else {"path", "ast" (compiler/tools/ast2json.py's form), and either
"error": [msg, lineno, offset, end_lineno, end_offset] (the symtable or future pass rejected it)
or "st" (canonical symtable text) and "code" (sorted code-object keys; null if compile() fails
in a later pass)}.

With --snippets, the inputs are not the files themselves but the string literals inside them
that parse as Python and mention a scoping construct (CPython's tests keep their tricky programs,
many of them erroneous, in strings and doctests); each record then also carries "source" and its "path" is
FILE:LINE.

With --fuzz, the programs are COUNT random ones (deterministic for a SEED) built from scoping
constructs: nested def / async def / class / lambda / comprehensions, global, nonlocal, walrus,
del, imports, yield, await, super, __class__, private names, match captures, except names,
annotations (sometimes under `from __future__ import annotations`).

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

FUZZ_NAMES = ['a', 'b', 'x', 'y', '__p', '__q__', 'super', '__class__', '_C__p']


class Fuzzer:
    """Random programs in which names are bound, used and declared across nested scopes."""

    def __init__(self, seed):
        import random
        self.r = random.Random(seed)

    def name(self):
        return self.r.choice(FUZZ_NAMES)

    def names(self):
        return ', '.join(sorted(set(self.name() for _ in range(self.r.randint(1, 2)))))

    def target(self):
        k = self.r.random()
        if k < 0.7:
            return self.name()
        if k < 0.85:
            return '(%s, *%s)' % (self.name(), self.name())
        return '%s.attr' % self.name()

    def params(self):
        parts = []
        for _ in range(self.r.randint(0, 3)):
            k = self.r.random()
            n = self.name()
            if k < 0.6:
                parts.append(n)
            elif k < 0.8:
                parts.append('%s=%s' % (n, self.expr(1)))
            else:
                parts.append('%s: %s' % (n, self.expr(1)) if self.r.random() < 0.5 else '*%s' % n)
        # keep '*x' at most once and before keyword-only names: let ast.parse decide
        return ', '.join(parts)

    def comp(self, depth):
        gens = ' '.join('%sfor %s in %s%s' % ('async ' if self.r.random() < 0.1 else '', self.target() if self.r.random() < 0.8 else self.name(),
                                              self.expr(depth - 1), (' if %s' % self.expr(depth - 1)) if self.r.random() < 0.3 else '')
                        for _ in range(self.r.randint(1, 2)))
        k = self.r.random()
        if k < 0.4:
            return '[%s %s]' % (self.expr(depth - 1), gens)
        if k < 0.6:
            return '{%s %s}' % (self.expr(depth - 1), gens)
        if k < 0.8:
            return '{%s: %s %s}' % (self.expr(depth - 1), self.expr(depth - 1), gens)
        return '(%s %s)' % (self.expr(depth - 1), gens)

    def expr(self, depth):
        if depth <= 0:
            return self.name()
        k = self.r.random()
        if k < 0.3:
            return self.name()
        if k < 0.42:
            return self.comp(depth)
        if k < 0.52:
            return '(lambda %s: %s)' % (self.params(), self.expr(depth - 1))
        if k < 0.62:
            return '(%s := %s)' % (self.name(), self.expr(depth - 1))
        if k < 0.68:
            return '(yield %s)' % self.expr(depth - 1)
        if k < 0.72:
            return '(yield from %s)' % self.expr(depth - 1)
        if k < 0.77:
            return '(await %s)' % self.expr(depth - 1)
        if k < 0.82:
            return 'super().m(%s)' % self.expr(depth - 1)
        return '%s(%s, %s)' % (self.name(), self.expr(depth - 1), self.expr(depth - 1))

    def block(self, depth, indent):
        return [line for _ in range(self.r.randint(1, 4)) for line in self.stmt(depth, indent)]

    def stmt(self, depth, indent):
        pad = '    ' * indent
        k = self.r.random()
        if depth > 0 and k < 0.14:
            kw = 'async def' if self.r.random() < 0.2 else 'def'
            deco = [pad + '@' + self.expr(1)] if self.r.random() < 0.2 else []
            ret = (' -> ' + self.expr(1)) if self.r.random() < 0.2 else ''
            return deco + ['%s%s %s(%s)%s:' % (pad, kw, self.name(), self.params(), ret)] + self.block(depth - 1, indent + 1)
        if depth > 0 and k < 0.22:
            return ['%sclass %s(%s):' % (pad, self.name(), self.expr(1))] + self.block(depth - 1, indent + 1)
        if depth > 0 and k < 0.27:
            return ['%sfor %s in %s:' % (pad, self.target(), self.expr(2))] + self.block(depth - 1, indent + 1)
        if depth > 0 and k < 0.30:
            return (['%stry:' % pad] + self.block(depth - 1, indent + 1) +
                    ['%sexcept %s as %s:' % (pad, self.name(), self.name())] + self.block(depth - 1, indent + 1))
        if depth > 0 and k < 0.32:
            return (['%smatch %s:' % (pad, self.name()), '%s    case [%s, *%s] | {"k": %s, **%s}:' % (pad, 'a', 'b', 'a', 'b')]
                    + self.block(depth - 1, indent + 2))
        if k < 0.40:
            return ['%sglobal %s' % (pad, self.names())]
        if k < 0.47:
            return ['%snonlocal %s' % (pad, self.names())]
        if k < 0.52:
            return ['%s%s: %s%s' % (pad, self.name(), self.expr(1), (' = ' + self.expr(1)) if self.r.random() < 0.5 else '')]
        if k < 0.55:
            return ['%sdel %s' % (pad, self.name())]
        if k < 0.58:
            return ['%simport %s.mod' % (pad, self.name())]
        if k < 0.60:
            return ['%sfrom m import %s' % (pad, '*' if self.r.random() < 0.3 else self.name())]
        if k < 0.66:
            return ['%sreturn %s' % (pad, self.expr(2))]
        if k < 0.72:
            return ['%s%s += %s' % (pad, self.name(), self.expr(2))]
        if k < 0.85:
            return ['%s%s = %s' % (pad, self.target(), self.expr(3))]
        return ['%s%s' % (pad, self.expr(3))]

    def programs(self, count):
        made = 0
        while made < count:
            src = '\n'.join(self.block(3, 0)) + '\n'
            if self.r.random() < 0.15:
                src = 'from __future__ import annotations\n' + src
            if parses(src):
                made += 1
                yield src


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
    if args[0] == '--fuzz':
        count, seed, outfile = int(args[1]), int(args[2]), args[3]
        with open(outfile, 'w', encoding='utf-8') as out:
            for i, src in enumerate(Fuzzer(seed).programs(count)):
                rec = record('fuzz-%d-%d' % (seed, i), src.encode('utf-8'))
                rec['source'] = src
                out.write(json.dumps(rec) + '\n')
        return
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
