# Builtin iterators pickle as (iter or reversed, (source,), position) with __setstate__, or as
# (iter, (what is left,)) for sets and dicts; an exhausted one as (iter, (empty,)).
def show(r):
    return (r[0].__name__,) + tuple(r[1:])

for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('a\xe9\u20ac'), lambda: reversed([1, 2, 3])):
    it = make()
    print(type(it).__name__, show(it.__reduce__()))
    next(it)
    print(show(it.__reduce__()))
    for _ in it:
        pass
    print(show(it.__reduce__()))

it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(10)
print(list(it))
r = reversed([1, 2, 3, 4])
r.__setstate__(1)
print(list(r))
r = reversed([1, 2, 3])
r.__setstate__(10)
print(list(r))
it = iter('hello')
it.__setstate__(3)
print(list(it))

s = iter({1, 2, 3})
next(s)
print(show(s.__reduce__()))
d = {1: 'a', 2: 'b', 3: 'c'}
for view in (d, d.keys(), d.values(), d.items()):
    it = iter(view)
    next(it)
    print(type(it).__name__, show(it.__reduce__()))
it = iter(d)
list(it)
print(show(it.__reduce__()))
func, args, *rest = iter([5, 6]).__reduce__()
again = func(*args)
if rest:
    again.__setstate__(*rest)
print(list(again))
r = reversed([1])
next(r)
print(show(r.__reduce__()), r.__length_hint__())
try:
    next(r)
except StopIteration:
    print(show(r.__reduce__()), r.__length_hint__())
r.__setstate__(0)
print(list(r))
