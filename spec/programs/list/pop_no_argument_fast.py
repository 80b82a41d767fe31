# lst.pop() without an argument takes a fast path in CALL (interp/loop.ts callFromStack:
# list.pop's own descriptor and any list, the last item taken off). Each case runs many times
# at one site, so the fast path is warm when the unusual receivers come.
import builtins


def drain(lst):
    out = []
    while lst:
        out.append(lst.pop())
    return out


for r in range(300):
    assert drain(list(range(r % 7))) == list(range(r % 7))[::-1]
print(drain([1, 'a', None, 2.5, (1,), [2]]))

# an empty list: IndexError with CPython's message, caught and uncaught forms
for i in range(200):
    try:
        [].pop()
    except IndexError as e:
        msg = str(e)
print('empty:', msg)


class MyList(list):
    pass


class PopList(list):
    def pop(self, *a):
        return ('own pop', a)


class LenList(list):
    def __len__(self):
        return 99


def pop_site(x):
    return x.pop()


for i in range(300):
    pop_site([i, i + 1])
m = MyList([1, 2, 3])
print(pop_site(m), m, type(m).__name__)
p = PopList([1, 2, 3])
print(pop_site(p), p)
ll = LenList([7, 8])
print(pop_site(ll), list(ll), len(ll))
# list.pop called unbound, on a list subclass and on things that are not lists
print(list.pop(PopList([4, 5])))
for bad in ((1, 2), 'ab', None, 3):
    try:
        list.pop(bad)
    except TypeError as e:
        print('TypeError:', e)
# with an argument: the method's general path
q = [0, 1, 2, 3, 4]
print(q.pop(0), q.pop(-1), q.pop(1), q)
try:
    q.pop(10)
except IndexError as e:
    print('IndexError:', e)
try:
    q.pop(1, 2)
except TypeError as e:
    print('TypeError:', e)
# a method object taken from a list and called later
f = [10, 20].pop
print(f(), f())
try:
    f()
except IndexError as e:
    print('IndexError:', e)
# a class whose pop attribute is a plain function on an instance
class Obj:
    pass
o = Obj()
o.pop = lambda: 'instance attr'
print(pop_site(o))
# the popped item keeps its identity; the list shrinks by one
big = [object() for _ in range(40)]
last = big[-1]
print(big.pop() is last, len(big))
# popping while iterating: as CPython, the iterator sees the shorter list
items = list(range(6))
seen = []
for x in items:
    seen.append(x)
    items.pop()
print(seen, items)
