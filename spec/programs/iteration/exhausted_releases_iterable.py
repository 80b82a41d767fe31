# An exhausted iterator lets its iterable go: the iterable's __del__ runs at the next collection
# (CPython: at once), and the exhausted iterator still answers as exhausted.
import gc


def check(name, make, cls, *args, protocol=True):
    done = []

    class A(cls):
        def __del__(self):
            try:
                next(it)
            except StopIteration:
                pass
            done.append(True)

    it = make(A(*args))
    for _ in it:
        pass
    gc.collect()
    print(name, bool(done), list(it))
    if protocol:
        r = it.__reduce__()
        print("  hint", it.__length_hint__(), "reduce", r[0].__name__, r[1:])


check("list", iter, list, [1, 2])
check("list reversed", reversed, list, [1, 2])
check("tuple", iter, tuple, (1, 2))
check("str", iter, str, "ab")
check("dict", iter, dict, {1: 2})
check("dict keys", lambda d: iter(d.keys()), dict, {1: 2})
check("dict values", lambda d: iter(d.values()), dict, {1: 2})
check("dict items", lambda d: iter(d.items()), dict, {1: 2})
check("set", iter, set, {1, 2})
check("frozenset", iter, frozenset, {1, 2})


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i


check("sequence protocol", iter, Seq, 2, protocol=False)

# a for loop over an exhausted list iterator, and a list iterator resumed after exhaustion
it = iter([1, 2, 3])
print(list(it), list(it))
for x in it:
    print("never")
l = [1]
it = iter(l)
print(next(it), next(it, "end"))
l.append(2)
print(next(it, "still end"), l)
