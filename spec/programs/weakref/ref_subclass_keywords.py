# A weakref.ref subclass whose __init__ takes keywords: ref.__new__ unpacks only the positional
# arguments (the referent and an optional callback) and leaves the keywords to __init__, as the
# weakref documentation's ExtendedRef example does. The plain ref class still refuses keywords.
import weakref


class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob


class A:
    pass


a = A()
r = ExtendedRef(a, foo=1, bar="baz")
print(r.foo, r.bar, r()[1], r()[1], r()[0] is a)

calls = []
r2 = ExtendedRef(a, calls.append, tag="with callback")
print(r2.tag, r2()[0] is a, r2.__callback__ is not None)

for args, kwargs in [((a, None, None), {}), ((), {}), ((a,), {"foo": 1})]:
    try:
        weakref.ref(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

try:
    ExtendedRef(a, None, None, foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    ExtendedRef(foo=1)
except TypeError as e:
    print("TypeError:", e)
