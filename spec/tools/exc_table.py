"""For each JSON-encoded source on stdin (one per line), print one JSON line describing every
code object compile() makes: [name, generator/coroutine flag bits, sorted distinct (depth,
lasti) pairs of its exception table]. The codegen test compares ours with this shape."""
import dis
import json
import sys


def walk(co, out):
    pairs = sorted({(e.depth, int(e.lasti)) for e in dis._parse_exception_table(co)})
    out.append([co.co_name, co.co_flags & 0x3A0, [list(p) for p in pairs]])
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)


for line in sys.stdin:
    out = []
    walk(compile(json.loads(line), "x.py", "exec"), out)
    print(json.dumps(sorted(out)))
