# del on function attributes as CPython's setters called with NULL: optional fields go back
# to unset, required ones raise their TypeError; cells compare by contents (empty first).
def f(a=1, *, b=2):
    "doc"
    return a
del f.__defaults__, f.__kwdefaults__, f.__doc__
print(f.__defaults__, f.__kwdefaults__, f.__doc__)
f.__annotations__ = {'a': int}
del f.__annotations__
print(f.__annotations__)
for name in ('__name__', '__qualname__', '__code__', '__dict__'):
    try:
        delattr(f, name)
    except TypeError as e:
        print(name, 'TypeError:', e)
for name, value in (('__dict__', None), ('__kwdefaults__', 3), ('__annotations__', []), ('__code__', 1)):
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(name, 'TypeError:', e)
def outer():
    x = 5
    def inner():
        return x
    return inner
c = outer().__closure__[0]
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print('ValueError:', e)
import types
print(types.CellType(2) < types.CellType(3), types.CellType() < types.CellType(0), types.CellType() == types.CellType())
class A:
    def m(self):
        pass
try:
    del A().m.__class__
except TypeError as e:
    print('TypeError:', e)
