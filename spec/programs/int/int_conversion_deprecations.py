# int() warns (DeprecationWarning) when __int__/__index__ return a strict int subclass and when
# it delegates to __trunc__; builtin int subclasses and bool convert silently.
import warnings

class MyInt(int):
    pass

class BadInt:
    def __int__(self):
        return True

class BadIndex:
    def __index__(self):
        return True

class Trunc:
    def __trunc__(self):
        return 42

class TruncIndex:
    def __trunc__(self):
        return BadIndex()

class TruncBad:
    def __trunc__(self):
        return 3.5

for make in (lambda: True, lambda: MyInt(5), BadInt, BadIndex, Trunc, TruncIndex, TruncBad):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            n = int(make())
            print(n, type(n).__name__, [(x.category.__name__, str(x.message)) for x in w])
        except TypeError as e:
            print('TypeError:', e, [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        int(Trunc())
    except DeprecationWarning as e:
        print('DeprecationWarning:', e)
