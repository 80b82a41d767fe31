# A call whose result the caller drops (CALL then POP_TOP: a fast path may do the POP_TOP at the
# return, as tried in vm/NOTES.md "Fewer dispatches"): method and function calls as statements,
# __init__ through Class(), builtins (append, add), `with` without `as` (__enter__'s result
# dropped), a dropped result in a loop (the stack must not grow), in generators and recursion, a
# call that raises (its traceback line), and the stack depth after many dropped results.
import sys
import traceback

log = []


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n

    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, *a):
        log.append("exit")
        return False


def f(x):
    log.append(x)
    return x * 2


def rec(n):
    if n == 0:
        return 0
    rec(n - 1)
    return n


def gen(c):
    for i in range(3):
        c.bump(i)
        yield c.n


def fails():
    raise ValueError("boom")


def caller():
    f(1)
    fails()


c = Counter()
for i in range(1000):
    c.bump()
    f(i) if i % 500 == 0 else None
print(c.n, log[:3])
Counter()
s = set()
out = []
for i in range(5):
    out.append(i)
    s.add(i % 3)
print(out, sorted(s))
with c:
    c.bump(10)
print(c.n, log[-2:])
print(rec(50), list(gen(c)), c.n)
try:
    caller()
except ValueError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.line) for fr in tb])
x = [f(i) for i in range(3)]
print(x, len(log))
