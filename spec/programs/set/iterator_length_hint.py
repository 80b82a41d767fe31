# set_iterator.__length_hint__ counts what is left; 0 when exhausted or after a size change.
s = {1, 2, 3, 4}
it = iter(s)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
for _ in it:
    pass
print(it.__length_hint__())
it = iter(s)
s.add(5)
print(it.__length_hint__())
print(iter(frozenset()).__length_hint__())
import operator
print(operator.length_hint(iter({7, 8})))
