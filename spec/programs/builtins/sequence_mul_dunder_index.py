# The repetition dunders of sequences (str, bytes, bytearray, list, tuple: __mul__, __rmul__,
# __imul__) take an index: a non-integer argument is a TypeError (not NotImplemented), while the
# `*` operator keeps its own message.
cases = [
    ('str.__mul__', lambda: 'abc'.__mul__('')),
    ('str.__rmul__', lambda: 'abc'.__rmul__('')),
    ('list.__mul__', lambda: [1].__mul__('')),
    ('str.__mul__ float', lambda: 'abc'.__mul__(2.0)),
    ('list.__imul__', lambda: [1].__imul__('x')),
    ('bytes.__mul__', lambda: b'a'.__mul__(None)),
    ('tuple.__rmul__', lambda: (1,).__rmul__([])),
    ('bytearray.__imul__', lambda: bytearray(b'x').__imul__(1.5)),
]
for name, f in cases:
    try:
        print(name, f())
    except TypeError as e:
        print(name, 'TypeError', e)


class N:
    def __index__(self):
        return 3


print('abc'.__mul__(2), 'abc'.__rmul__(2), [1].__imul__(2), 'ab'.__mul__(N()), (0,).__rmul__(True))
try:
    'a' * 'b'
except TypeError as e:
    print(e)
