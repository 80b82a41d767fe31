# micro_ops: ns per operation of the interpreter's common small operations, in isolation.
# Each op is written 4 times in the body of a `for i in range(n)` loop; the empty loop's time is
# subtracted and the rest divided by 4n. time.process_time (the whole process), min of ROUNDS
# rounds in one process. Runs under python3 and bin/pystm alike:
#   python3 bench/micro_ops.py [N] [ROUNDS] [OPS];  bin/pystm bench/micro_ops.py [N] [ROUNDS] [OPS]
# (OPS: a comma-separated list of op names, default all)
# Output: one "name  ns" line per op (stable names: compare two builds line by line).
import sys
import time

EMPTY = 0


def base(n):
    for i in range(n):
        pass


def forlist(n):  # per item of a 4-item list
    lst = [1, 2, 3, 4]
    for i in range(n):
        for x in lst:
            pass


def subscr(n):
    cells = [0, 1, 2, 3, 4, 5]
    for i in range(n):
        v = cells[3]; v = cells[3]; v = cells[3]; v = cells[3]


def glob_cmp(n):
    v = 1
    for i in range(n):
        if v == EMPTY: pass
        if v == EMPTY: pass
        if v == EMPTY: pass
        if v == EMPTY: pass


def contains(n):
    seen = {1, 5, 9}
    x = 7
    for i in range(n):
        if x not in seen: pass
        if x not in seen: pass
        if x not in seen: pass
        if x not in seen: pass


def len_list(n):
    stones = [1, 2]
    for i in range(n):
        len(stones); len(stones); len(stones); len(stones)


def len_str(n):
    s = "abc"
    for i in range(n):
        len(s); len(s); len(s); len(s)


def abs_int(n):
    x = -3
    for i in range(n):
        abs(x); abs(x); abs(x); abs(x)


def min2(n):
    a = 3
    b = 4
    for i in range(n):
        min(a, b); min(a, b); min(a, b); min(a, b)


def isinst(n):
    x = 3
    for i in range(n):
        isinstance(x, int); isinstance(x, int); isinstance(x, int); isinstance(x, int)


def set_add(n):
    seen = set()
    for i in range(n):
        seen.add(3); seen.add(3); seen.add(3); seen.add(3)


def list_append(n):  # includes one `s = []` per 4 appends
    for i in range(n):
        s = []
        s.append(3); s.append(3); s.append(3); s.append(3)


def list_pop(n):  # includes one `s.append(3)` per pop
    s = [1]
    for i in range(n):
        s.append(3); s.pop(); s.append(3); s.pop()


def dict_get(n):
    d = {1: 2, "a": 3}
    for i in range(n):
        d.get(1); d.get("a"); d.get(1); d.get(5)


def str_startswith(n):
    s = "hello"
    for i in range(n):
        s.startswith("he"); s.startswith("x"); s.startswith("he"); s.startswith("x")


def meth(n):
    class C:
        def m(self): return 1
    c = C()
    for i in range(n):
        c.m(); c.m(); c.m(); c.m()


def attr(n):
    class C:
        def __init__(self): self.a = 1; self.b = 2
    c = C()
    for i in range(n):
        c.a; c.b; c.a; c.b


def attr_store(n):
    class C:
        def __init__(self): self.a = 1; self.b = 2
    c = C()
    for i in range(n):
        c.a = i; c.b = i; c.a = i; c.b = i


def meth_arg(n):
    class C:
        def m(self, x): return x
    c = C()
    for i in range(n):
        c.m(i); c.m(i); c.m(i); c.m(i)


def self_meth(n):  # `self.m()` inside a method (4 per iteration, one outer call per iteration)
    class C:
        def m(self): return 1
        def run(self):
            self.m(); self.m(); self.m(); self.m()
    c = C()
    for i in range(n):
        c.run()


def call2(n):
    def g(a, b): return a
    for i in range(n):
        g(i, 1); g(i, 1); g(i, 1); g(i, 1)


def is_none(n):
    x = 3
    for i in range(n):
        if x is None: pass
        if x is None: pass
        if x is None: pass
        if x is None: pass


def isinst_user(n):
    class C:
        pass
    x = C()
    for i in range(n):
        isinstance(x, C); isinstance(x, C); isinstance(x, C); isinstance(x, C)


def self_attr(n):  # `self.a` loads inside a method (8 per call: the call is in the figure)
    class C:
        def __init__(self): self.a = 1; self.b = 2
        def run(self):
            self.a; self.b; self.a; self.b
    c = C()
    for i in range(n):
        c.run()


OPS = (forlist, subscr, glob_cmp, contains, len_list, len_str, abs_int, min2, isinst, set_add,
       list_append, list_pop, dict_get, str_startswith, meth, attr, attr_store, meth_arg, self_meth,
       call2, is_none, isinst_user, self_attr)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    ops = [fn for fn in OPS if len(sys.argv) <= 3 or fn.__name__ in sys.argv[3].split(',')]
    res = {}
    for k in range(rounds):
        t = time.process_time(); base(n); b = time.process_time() - t
        for fn in ops:
            t = time.process_time(); fn(n); d = time.process_time() - t
            res.setdefault(fn.__name__, []).append((d - b) / n / 4 * 1e9)
    for k, v in res.items():
        print("%-15s %6.1f" % (k, min(v)))


main()
