# type(name, bases, ns) checks as CPython's type_new: slots (__dict__/__weakref__ twice, nonempty for int), name and doc text, lay-out conflicts.
import types
class B:
    pass
cases = [lambda: type(), lambda: type('A', ()), lambda: type('A', (), {}, ()), lambda: type('A', (), dict={}),
         lambda: type('A', [], {}), lambda: type('A', (), types.MappingProxyType({})), lambda: type('A', (None,), {}),
         lambda: type('A', (bool,), {}), lambda: type('A', (int, str), {}),
         lambda: type('A', (), {'__slots__': b'x'}), lambda: type('A', (int,), {'__slots__': 'x'}),
         lambda: type('A', (), {'__slots__': ''}), lambda: type('A', (), {'__slots__': '42'}),
         lambda: type('A', (), {'__slots__': 'x\x00y'}), lambda: type('A', (), {'__slots__': 'x', 'x': 0}),
         lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}), lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}),
         lambda: type('A', (B,), {'__slots__': '__dict__'}), lambda: type('A', (B,), {'__slots__': '__weakref__'}),
         lambda: type('A\x00B', (), {}), lambda: type('A\udcdcB', (), {}), lambda: type(b'A', (), {}),
         lambda: type('A', (), {'__doc__': 'x\udcdcy'})]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', r.__name__ if isinstance(r, type) else r)
    except Exception as e:
        print(i, type(e).__name__, e)
A = type('C', (), {})
for v in ['A\x00B', 'A\udcdcB', b'A']:
    try:
        A.__name__ = v
    except Exception as e:
        print(type(e).__name__, e)
print(A.__name__)
import collections, enum
class E(ValueError, KeyError): pass
class F(OSError, ValueError): pass
class G(dict, object): pass
class I(collections.OrderedDict, dict): pass
class J(list, collections.UserList): pass
class M(int, enum.Enum): A = 1
class N(str, enum.Enum): B = 'b'
class P(float): pass
class Q(P, float): pass
print('ok')
for bases in [(OSError, int), (int, str), (list, dict), (Exception, int)]:
    try:
        type('K', bases, {})
        print('ok', bases)
    except TypeError as e:
        print(e)
