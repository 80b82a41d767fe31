# property/staticmethod/classmethod.__isabstractmethod__ is bool(f.__isabstractmethod__) of
# their functions (CPython's _PyObject_IsAbstract): any true value counts, errors of __bool__
# propagate.
for val in (True, False, [], [1], '', '1', 0, 2):
    def foo(self):
        pass
    foo.__isabstractmethod__ = val
    print(repr(val), property(foo).__isabstractmethod__, staticmethod(foo).__isabstractmethod__,
          classmethod(foo).__isabstractmethod__, property(None, foo).__isabstractmethod__)


def plain():
    pass


print(property(plain).__isabstractmethod__, staticmethod(plain).__isabstractmethod__)


class NotBool:
    def __bool__(self):
        raise ValueError('no truth')
    __len__ = __bool__


plain.__isabstractmethod__ = NotBool()
for wrap in (property, staticmethod, classmethod):
    try:
        wrap(plain).__isabstractmethod__
    except ValueError as e:
        print(wrap.__name__, 'ValueError', e)
