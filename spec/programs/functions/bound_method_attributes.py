# A bound method's attributes, as CPython's method_getattro: its class's first (__class__ is method,
# __ne__/__str__/__format__/__reduce__ bound to the method, __doc__ the function's), the rest the
# function's (__name__, __defaults__, __dict__, attributes set on it).
def f(x):
    'doc of f'
m = f.__get__(1)
print(m.__doc__, m.__name__, m.__qualname__, m.__module__, m.__defaults__, m.__code__.co_name, m.__class__, m.__func__ is f, m.__self__)
print(m.__reduce__(), m == f.__get__(1), hash(m) == hash(f.__get__(1)), repr(m)[:25], m.__wrapped__ if hasattr(m, '__wrapped__') else 'no')
f.attr = 5; print(m.attr, m.__dict__ is f.__dict__, m.__annotations__, m.__kwdefaults__, m.__globals__ is globals(), m.__closure__)
print(type(m).__dict__.keys() >= set() , dir(m) == dir(f.__get__(2)))
print(m.__getattribute__('__name__'), m.__ne__(m), m.__sizeof__() > 0, m.__str__()[:10], m.__format__('')[:10])

