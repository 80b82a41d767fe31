# set_ops: nanoseconds per item of the set operations go and nqueens spend on (h29-sets), for
# pystm beside python3, in bench/everyday_ops.py's form (best of ROUNDS by time.process_time,
# one "name ns" line each, a warm-up pass first):
#   python3 bench/set_ops.py [N] [ROUNDS] [name,name...]
#   bin/pystm --no-jit bench/set_ops.py [N] [ROUNDS] [name,name...]
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
ONLY = sys.argv[3].split(",") if len(sys.argv) > 3 else None

L = list(range(N))
S = [str(i) for i in range(N)]
SMALL = {3, 10, 11, 12, 19, 20, 21, 28, 30}  # go's `seen` of a group: a few board points
STRS = {"a", "bb", "ccc", "dddd", "e"}
BIG = set(range(0, 2 * N, 2))
NB = [[1, 9], [0, 2, 10], [1, 3, 11], [2, 4, 12]]


def contains_int_small():
    s = SMALL
    for x in L: x in s

def contains_int_big():
    s = BIG
    for x in L: x in s

def contains_str():
    s = STRS
    for x in S: x in s

def add_int_big():
    s = set()
    for x in L: s.add(x)

def add_small_go():
    # go's group(): a one-item literal, then `not in` and add() per neighbour
    for x in L:
        seen = {x}
        for n in NB[x & 3]:
            if n not in seen:
                seen.add(n)

def comp_8():
    # nqueens' `{cols[r] + r for r in rows}`: an 8-item comprehension per item (8 adds, 1 resize)
    rows = range(8)
    for x in L:
        {x + r for r in rows}

def literal_3():
    for x in L: {x, 1, 2}

def len_small():
    s = SMALL
    for x in L: len(s)


OPS = [contains_int_small, contains_int_big, contains_str, add_int_big, add_small_go, comp_8,
       literal_3, len_small]

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
