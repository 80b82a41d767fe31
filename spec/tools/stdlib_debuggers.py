# CPython's own debugger and tracing modules driven by sys.settrace (bdb, pdb, trace), run with
# the standard library on PYTHONPATH; spec/unit/py_trace_stdlib.test.ts compares this program's
# output under pystm with python3's. pdb reads its commands from a StringIO.
import io
import pdb
import sys
import trace

FILE = __file__

def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total

def pdb_session(commands):
    out = io.StringIO()
    p = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True)
    p.use_rawinput = False
    def run():
        p.set_trace()
        x = compute(3)
        y = x * 2
        return y
    result = run()
    sys.settrace(None)
    return result, out.getvalue().replace(FILE, "FILE")

# next, print, step into a call, up/down, where, a breakpoint by line, an assignment through
# f_locals, return, continue
print(*pdb_session("n\np x\nn\np y\nc\n"), sep="\n")
print(*pdb_session("s\ns\ns\np n\nup\np x\ndown\nr\nc\n"), sep="\n")
line = compute.__code__.co_firstlineno + 3
print(*pdb_session(f"b {line}\nc\np i, total\n!total = 100\nn\np total\ncl 1\nc\n"), sep="\n")
# jump (frame.f_lineno assigned from the 'line' event): over `y = x * 2` to the return, then
# back to the call, and a jump pdb refuses (into the for loop's body: CPython's message)
print(*pdb_session("n\nj 25\np y\nj 23\nn\np x\nc\n"), sep="\n")
print(*pdb_session(f"s\ns\ns\nj {line}\nc\n"), sep="\n")

# trace's line counts of a call
tracer = trace.Trace(count=1, trace=0, countfuncs=0)
tracer.runfunc(compute, 4)
counts = sorted((ln - compute.__code__.co_firstlineno, c) for (fn, ln), c in tracer.results().counts.items() if fn == FILE)
print(counts)
