# Every method of 13 builtin classes called with no argument and with five: the result or the
# exact TypeError CPython gives (argument counts are checked before the method runs).
samples = {int: 5, float: 1.5, complex: 1j, str: 'ab', bytes: b'ab', bytearray: bytearray(b'ab'),
           list: [1, 2], tuple: (1, 2), dict: {1: 2}, set: {1}, frozenset: frozenset({1}),
           range: range(3)}
skip = {'__init_subclass__', '__subclasshook__', '__new__', '__class_getitem__', '__getstate__', '__reduce__', '__reduce_ex__', '__sizeof__', '__format__', '__dir__', '__init__', 'fromkeys', 'maketrans', 'fromhex', 'from_bytes', '__getnewargs__', '__getformat__', '__setattr__', '__delattr__', '__getattribute__'}
import types
for t, v in samples.items():
    for name in sorted(dir(t)):
        if name in skip: continue
        attr = getattr(t, name)
        if not callable(attr) or isinstance(attr, type): continue
        for args in [(), (1, 2, 3, 4, 5)]:
            try:
                r = getattr(v, name)(*args)
                out = 'ok'
            except Exception as e:
                out = f'{type(e).__name__}: {e}'
            print(f'{t.__name__}.{name}{len(args)}: {out}')
