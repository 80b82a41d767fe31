# A range iterator's position past 2^30 (a range of 2^32 items set by __setstate__, pickled and
# restored): kept exactly, as CPython's (it was a 31-bit word: 2**32 + 1 came back as 1).
import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(range(2**32 + 2))
    print(it.__reduce__()[2], end=' ')
    it.__setstate__(2**32 + 1)
    print(it.__reduce__()[2], end=' ')
    it = pickle.loads(pickle.dumps(it, proto))
    print(next(it), it.__length_hint__(), list(it))
it = iter(range(2**62)); it.__setstate__(2**61); print(next(it), it.__length_hint__())
it = iter(range(-5, 2**31, 2**29)); print(list(it))
it = iter(range(2**30 + 3)); it.__setstate__(2**30 - 2); print([next(it) for _ in range(5)], it.__length_hint__(), list(it))
it = iter(range(10)); it.__setstate__(-5); print(next(it)); it.__setstate__(99); print(list(it), it.__reduce__())
