# The examples in Counter's docstrings hold (CPython's test_collections runs them through
# doctest.DocTestSuite(collections): 14 docstrings there, ours have examples of their own in the
# same 14), checked by a small example runner; and collections.abc.Set._hash agrees with
# hash(frozenset) (test_Set_hash_matches_frozenset).
import io
import sys
from collections import Counter
from collections.abc import Set


def examples(doc):
    """(source, expected output) pairs of the '>>>' examples in doc."""
    lines = doc.splitlines()
    out = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line.startswith('>>>'):
            i += 1
            continue
        src = [line[4:]]
        i += 1
        while i < len(lines) and lines[i].strip().startswith('...'):
            src.append(lines[i].strip()[4:])
            i += 1
        want = []
        while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith('>>>'):
            want.append(lines[i].strip())
            i += 1
        out.append(('\n'.join(src) + '\n', ''.join(w + '\n' for w in want)))
    return out


def run(name, doc):
    env = {'Counter': Counter}
    ok = True
    for src, want in examples(doc):
        saved, sys.stdout = sys.stdout, io.StringIO()
        try:
            exec(compile(src, name, 'single'), env)
            got = sys.stdout.getvalue()
        finally:
            sys.stdout = saved
        if ' '.join(got.split()) != ' '.join(want.split()):
            ok = False
            print(name, 'MISMATCH', repr(src), repr(got), repr(want))
    return ok


names = sorted(n for n, v in vars(Counter).items()
               if callable(v) and getattr(v, '__doc__', None) and '>>>' in v.__doc__)
print('Counter', run('Counter', Counter.__doc__))
for n in names:
    print(n, run(n, vars(Counter)[n].__doc__))

sets = [set(), {1}, {-1}, {0.0}, {1, 2, 3}, {10**100, 10**101}, {False, True},
        {float('nan')}, {frozenset()}, {*range(1000)}, {*range(1000)} - {100, 200, 300},
        {*range(sys.maxsize - 10, sys.maxsize + 10)}, {'a', 'b', 'ab', ''}, {object(), object()}]
print(all(hash(frozenset(s)) == Set._hash(frozenset(s)) for s in sets))
print(Set._hash(frozenset({1, 2, 3})), hash(frozenset({1, 2, 3})), hash(frozenset({-1, 10**100})))
