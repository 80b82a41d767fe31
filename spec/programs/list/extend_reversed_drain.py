# list(reversed(L)) and L.extend(reversed(M)) take what the reverse iterator has left at once
# (vm/objects/iterators.ts drainReversedList): a partly consumed iterator, one whose list shrank,
# an exhausted one afterwards (next, __length_hint__, __reduce__), extending a list by its own
# reversal, subclasses, and big lists.
import pickle
L = [1, 2, 3, 4, 5]
r = reversed(L)
print(next(r), next(r), list(r), list(r), r.__length_hint__(), r.__reduce__())
r = reversed(L)
next(r)
del L[2:]
print(list(r), L)
r = reversed([])
print(list(r), r.__length_hint__())
M = [1, 2, 3]
M.extend(reversed(M))
print(M)
M += reversed([9, 8])
print(M, [*reversed(M)], list(reversed(M)) == M[::-1])


class LL(list):
    def __reversed__(self):
        return iter(['own'])


print(list(reversed(LL([1, 2]))), list(reversed((1, 2, 3))), list(reversed(range(4))), list(reversed('ab')))
r = reversed([7, 8, 9])
print(list(pickle.loads(pickle.dumps(r))), list(r), list(pickle.loads(pickle.dumps(r))))
big = list(range(100000))
rb = list(reversed(big))
print(len(rb), rb[:3], rb[-3:], rb == big[::-1])
it = reversed(big)
for i in range(99990):
    next(it)
print(list(it), next(it, 'end'))
