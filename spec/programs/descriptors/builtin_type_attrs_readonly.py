# Builtin classes' special attributes: CPython's messages for setting or deleting them
# (check_set_special_type_attr), READONLY members (property.fget, staticmethod.__func__) say
# "readonly attribute", and instances of builtin classes have no __module__.
class X:
    "elephant"
X.__doc__ = "banana"
print(X.__doc__)
for f in [lambda: type(list).__dict__['__doc__'].__set__(list, 'blah'), lambda: type(X).__dict__['__doc__'].__delete__(X),
          lambda: setattr(list, '__module__', 'x'), lambda: delattr(X, '__module__'), lambda: delattr(X, '__doc__'),
          lambda: setattr(int, '__doc__', 'x'), lambda: delattr(X, '__name__'), lambda: delattr(X, '__qualname__'),
          lambda: setattr(int, '__qualname__', 'x'), lambda: setattr(X, '__qualname__', 1), lambda: setattr(int, '__name__', 'y')]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
X.__module__ = 'elsewhere'
X.__qualname__ = 'Y.X'
print(X.__module__, X.__qualname__, X().__module__)

p = property(lambda s: 1)
sm = staticmethod(len)
cm = classmethod(len)
for obj, names in [(p, ['fget', 'fset', 'fdel', '__doc__']), (sm, ['__func__', '__wrapped__']), (cm, ['__func__', '__wrapped__'])]:
    for n in names:
        for op in ('set', 'del'):
            try:
                setattr(obj, n, 42) if op == 'set' else delattr(obj, n)
                print(type(obj).__name__, n, op, 'ok')
            except AttributeError as e:
                print(type(obj).__name__, n, op, e)
print(p.__doc__)

print('__module__' in int.__dict__, '__module__' in type(None).__dict__, int.__module__, len.__module__)
for v in (None, 1, [], {}, 1.5, len):
    try:
        print(v.__module__)
    except AttributeError as e:
        print(e)
print(staticmethod(None).__dict__, classmethod(None).__dict__)

# a class's __name__/__qualname__ take str subclasses (CPython keeps the object; here its value)
class C:
    pass
class S(str):
    pass
C.__name__ = S('abc')
C.__qualname__ = S('q')
print(C.__name__, C.__qualname__, C)
try:
    C.__name__ = 'a\x00b'
except ValueError as e:
    print(e)
