# __index__ returning a bool or an int subclass instance: every PyNumber_Index use (list, tuple
# and str indexing, slices, range, operator.index, int()) warns with DeprecationWarning and
# uses the exact int value; an int subclass instance used as an index itself does not warn.
import operator
import warnings


class I(int):
    pass


class X:
    def __index__(self):
        return I(1)


class B:
    def __index__(self):
        return True


def check(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f()
    print(label, repr(r), type(r).__name__, [str(x.message)[:40] for x in w],
          [x.category.__name__ for x in w])


lst = [10, 20, 30]
check('list', lambda: lst[X()])
check('tuple', lambda: (1, 2, 3)[B()])
check('str', lambda: 'abc'[X()])
check('range', lambda: range(5)[X()])
check('slice', lambda: lst[X():])
check('operator.index', lambda: operator.index(X()))
check('int()', lambda: int(B()))
check('subclass as index', lambda: lst[I(2)])
check('bool as index', lambda: lst[True])


def store():
    lst[X()] = 5
    return lst


check('setitem', store)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        lst[X()]
    except DeprecationWarning as e:
        print('error filter:', str(e)[:45])
print('operator.index(True):', repr(operator.index(True)), type(operator.index(True)).__name__)
