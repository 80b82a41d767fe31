# CPython's answers for spec/unit/re_backtrack.test.ts: reads a JSON list of cases
# [pattern, flags, subjects] (a pattern starting with "b:" is a bytes pattern of the latin-1
# text after it; its subjects are then bytes too) and prints, per case, null when the pattern
# does not compile, else per subject [search, match, fullmatch, finditer] where each match is
# its regs (a list of [start, end] pairs, -1 when unset) followed by [lastindex or -1], or null;
# a subject on which CPython raises SystemError (a bug of sre's) gets null instead.
import json
import re
import sys
import warnings

warnings.simplefilter('ignore')


def regs(m):
    return None if m is None else [list(r) for r in m.regs] + [[-1 if m.lastindex is None else m.lastindex]]


out = []
for pattern, flags, subjects in json.load(sys.stdin):
    is_bytes = pattern.startswith('b:')
    try:
        p = re.compile(pattern[2:].encode('latin-1') if is_bytes else pattern, flags)
    except (re.error, OverflowError, ValueError):
        out.append(None)
        continue
    res = []
    for s in subjects:
        t = s.encode('latin-1') if is_bytes else s
        try:
            res.append([regs(p.search(t)), regs(p.match(t)), regs(p.fullmatch(t)),
                        [regs(m) for m in p.finditer(t)]])
        except SystemError:  # CPython's "span of capturing group is wrong": no answer (null)
            res.append(None)
    out.append(res)
json.dump(out, sys.stdout)
