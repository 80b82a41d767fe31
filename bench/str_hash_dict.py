# str_hash_dict: seconds per phase of hashing new strs and building containers of them (issue 5,
# h26-hash): N distinct short strs ("k%d" % i), then each phase over them, min of ROUNDS rounds in
# one process (time.process_time). The strs are made anew before each phase that must see fresh
# ones (a str caches its hash after the first use, as CPython's): "make" is that cost alone.
#   python3 bench/str_hash_dict.py [N] [ROUNDS] [PHASE,PHASE...]; bin/pystm bench/str_hash_dict.py ...
# (PHASEs: only those, e.g. for instruction counts under valgrind --tool=cachegrind.)
# Output: one "phase  seconds" line per phase (stable names: compare two runs line by line).
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
ONLY = sys.argv[3].split(',') if len(sys.argv) > 3 else None


def fresh():
    return ["k%d" % i for i in range(N)]


def make(s):  # the strs' own cost (the other phases' setup), for reference
    fresh()


def noop(s):  # nothing: a run of only this phase is the setup's cost (instruction counts)
    pass


def hash_new(s):  # hash() of strs never hashed
    for x in s:
        hash(x)


def hash_again(s):  # hash() of strs hashed once already
    for x in s:
        hash(x)


def dict_new(s):  # d[x] = 1 into a new dict, fresh keys
    d = {}
    for x in s:
        d[x] = 1


def dict_hit(s):  # x in d, every key found (the same objects)
    d = dict.fromkeys(s)
    n = 0
    for x in s:
        if x in d:
            n += 1


def dict_miss(s):  # x in d for fresh strs not in d
    d = {"q%d" % i: i for i in range(1000)}
    n = 0
    for x in s:
        if x in d:
            n += 1


def set_add(s):  # set.add of fresh strs
    t = set()
    add = t.add
    for x in s:
        add(x)


def dict_comp(s):  # {x: i} of fresh strs in a comprehension
    {x: 1 for x in s}


def bytes_hash(s):  # hash() of fresh bytes
    for x in s:
        hash(x)


PHASES = [('noop', noop, True), ('make', make, False), ('hash_new', hash_new, True), ('hash_again', hash_again, False),
          ('dict_new', dict_new, True), ('dict_hit', dict_hit, False), ('dict_miss', dict_miss, True),
          ('set_add', set_add, True), ('dict_comp', dict_comp, True), ('bytes_hash', bytes_hash, True)]

for name, f, new in PHASES:
    if ONLY is not None and name not in ONLY:
        continue
    best = None
    for r in range(ROUNDS):
        s = fresh()
        if name == 'bytes_hash':
            s = [x.encode() for x in s]
        if not new:
            for x in s:
                hash(x)
        t = time.process_time()
        f(s)
        e = time.process_time() - t
        best = e if best is None or e < best else best
    print(f"{name:12s} {best:.4f}")
