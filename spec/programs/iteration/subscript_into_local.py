# `v = seq[i]` (BINARY_SUBSCR then STORE_FAST, a pair a fast path may fuse: vm/NOTES.md "Fewer
# dispatches"): lists, negative indexes, tuples, dicts, strings, a list subclass with its own
# __getitem__, an object's __getitem__, IndexError/KeyError and their traceback lines, a jump to
# the STORE_FAST alone (the pair's second word run by itself), and `a.b.c` attribute chains (plain
# LOAD_ATTR after LOAD_ATTR): a property, __getattr__, a missing attribute.
import sys
import traceback


class Rev(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i)


class Sq:
    def __getitem__(self, i):
        return i * i


class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v

    @property
    def twice(self):
        return self.v * 2


class Dyn:
    def __getattr__(self, name):
        return name.upper()


def pick(seq, i):
    v = seq[i]
    return v


def walk(xs):
    total = 0
    for i in range(len(xs)):
        v = xs[i]
        w = xs[-1 - i]
        total += v * w
    return total


def chain(n):
    return n.nxt.nxt.v, n.nxt.twice, Dyn().abc, n.nxt.v


def line_of(fn, *args):
    try:
        fn(*args)
    except (IndexError, KeyError, AttributeError) as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        return type(e).__name__, tb[-1].line


print(walk([1, 2, 3, 4]), walk((5, 6, 7)))
print(pick([1, 2], -1), pick((3, 4), 0), pick({"a": 9}, "a"), pick("xyz", 1))
print(pick(Rev([1, 2, 3]), 0), pick(Sq(), 7), pick(range(10), 3))
print(line_of(pick, [1], 5), line_of(pick, {}, "k"), line_of(pick, (1,), -2))
n = Node(Node(Node(None, 3), 2), 1)
print(chain(n), chain(n))
n.nxt.nxt = Node(None, 30)
print(chain(n))
print(line_of(chain, Node(Node(None, 1), 0)))


def branches(xs, flag):
    v = xs[0] if flag else xs[1]
    return v


print(branches([10, 20], True), branches([10, 20], False))
