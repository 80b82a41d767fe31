# everyday_ops: nanoseconds per item of everyday operations, for pystm beside python3 (issue 5:
# the interpreter against CPython 3.11). Each operation runs over N items, best of ROUNDS, by
# time.process_time. `node bench/everyday_ops.mjs` runs python3 and bin/pystm side by side and
# prints the ratios. Names are stable, one "name ns" line each:
#   python3 bench/everyday_ops.py [N] [ROUNDS] [name,name...]
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
ONLY = sys.argv[3].split(",") if len(sys.argv) > 3 else None

L = list(range(N))
S = [str(i) for i in range(N)]
D = {i: i for i in range(N)}
TEXT = " ".join("the quick brown fox jumps over the lazy dog".split() * (N // 90 + 1))
E = ValueError("e")


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return self.a


PTS = [P(i, i) for i in range(N)]


def for_list():
    for x in L: pass

def int_add():
    t = 0
    for x in L: t += x

def float_add():
    t = 0.5
    for x in L: t += 1.0

def str_of_int():
    for x in L: str(x)

def fstring_int():
    for x in L: f"k{x}"

def percent_d():
    for x in L: "k%d" % x

def str_format():
    for x in L: "{} {}".format(x, x)

def str_eq():
    for x in S: x == "500"

def str_join():
    ",".join(S)

def str_split():
    TEXT.split()

def raise_catch():
    for x in L:
        try:
            raise E
        except ValueError:
            pass

def keyerror_catch():
    d = {}
    for x in L:
        try:
            d[x]
        except KeyError:
            pass

def dict_get():
    for x in L: D.get(x)

def dict_items():
    for k, v in D.items(): pass

def dict_build():
    d = {}
    for x in L: d[x] = x

def set_build():
    set(L)

def zip_pairs():
    for a, b in zip(L, S): pass

def enumerate_list():
    for i, x in enumerate(L): pass

def method_call():
    for p in PTS: p.m()

def attr_getattr():
    for p in PTS: getattr(p, "a")

def new_instance():
    for x in L: P(x, x)

def isinstance_int():
    for x in L: isinstance(x, int)

def lambda_call():
    f = lambda x: x
    for x in L: f(x)

def list_comp():
    [x * 2 for x in L]

def sum_list():
    sum(L)

def any_genexpr():
    any(x < 0 for x in L)

def sorted_ints():
    sorted(L, reverse=True)

def sorted_strs():
    sorted(S)

def tuple_build():
    for x in L: (x, x, x)

def unpack_pair():
    for x in L: a, b = x, x


OPS = [for_list, int_add, float_add, str_of_int, fstring_int, percent_d, str_format, str_eq,
       str_join, str_split, raise_catch, keyerror_catch, dict_get, dict_items, dict_build,
       set_build, zip_pairs, enumerate_list, method_call, attr_getattr, new_instance,
       isinstance_int, lambda_call, list_comp, sum_list, any_genexpr, sorted_ints, sorted_strs,
       tuple_build, unpack_pair]

# a warm-up pass over every operation first (untimed): the interpreter's own code is compiled
# by V8 while it runs, and the first operations would otherwise be timed before that
for op in OPS:
    if ONLY is None or op.__name__ in ONLY:
        op()
for op in OPS:
    if ONLY is not None and op.__name__ not in ONLY:
        continue
    best = 1e9
    for _ in range(ROUNDS):
        t0 = time.process_time()
        op()
        best = min(best, time.process_time() - t0)
    print(op.__name__, round(best * 1e9 / N, 1))
