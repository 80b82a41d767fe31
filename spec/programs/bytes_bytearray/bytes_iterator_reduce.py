# bytes and bytearray iterators: __length_hint__, __reduce__, __setstate__ and exhaustion as CPython's.
import copy
for src in [b'abcd', bytearray(b'abcd')]:
    it = iter(src)
    print(it.__length_hint__(), next(it), it.__reduce__()[1:], it.__length_hint__())
    it.__setstate__(10); print(list(it), it.__reduce__())
    it = iter(src); it.__setstate__(-5); print(next(it))
    it = iter(src); next(it); print(list(copy.deepcopy(it)), list(it), it.__length_hint__())
ba = bytearray(b'xy'); it = iter(ba); print(list(it)); ba.append(1); print(list(it))
