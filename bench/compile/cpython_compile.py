"""CPython side of `npm run bench:compile`: compile() every file in the list given on stdin.

Reads one path per line, loads all sources first, then times compile(src, path, 'exec') over all
of them (parse + symtable + codegen + assemble + peephole; what compileall does minus writing
.pyc files), N rounds. Prints JSON: files, lines, wall seconds and CPU seconds (process_time)
per round, and the files CPython cannot compile ("skipped").
"""
import json
import sys
import time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
paths = [p.strip() for p in sys.stdin if p.strip()]
sources = []
failures = []
for p in paths:
    with open(p, "rb") as f:
        src = f.read()
    try:
        compile(src, p, "exec")
        sources.append((p, src))
    except (SyntaxError, ValueError) as e:
        failures.append(p)
lines = sum(src.count(b"\n") + (0 if src.endswith(b"\n") or not src else 1) for _, src in sources)
times = []
cpu = []
for _ in range(rounds):
    t0 = time.perf_counter()
    c0 = time.process_time()
    for p, src in sources:
        compile(src, p, "exec")
    cpu.append(time.process_time() - c0)
    times.append(time.perf_counter() - t0)
print(json.dumps({"files": len(sources), "lines": lines, "seconds": times, "cpuSeconds": cpu, "skipped": failures}))
