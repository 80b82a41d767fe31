# Carlo Verre's hack is refused (CPython's hackcheck): object.__setattr__/__delattr__ cannot
# jump over a builtin base's own __setattr__ (type's), while plain and subclass uses work.
for f in [lambda: object.__setattr__(str, 'foo', 42), lambda: object.__delattr__(str, 'lower'),
          lambda: object.__setattr__(int, 'x', 1)]:
    try:
        f()
        print('ok')
    except TypeError as e:
        print(e)
class C:
    pass
c = C()
object.__setattr__(c, 'x', 1)
print(c.x)
object.__delattr__(c, 'x')
print(hasattr(c, 'x'))
class Meta(type):
    def __setattr__(cls, k, v):
        type.__setattr__(cls, k, v.upper() if isinstance(v, str) else v)
class D(metaclass=Meta):
    pass
D.y = 'low'
print(D.y)
type.__setattr__(C, 'z', 3)
print(C.z)
try:
    object.__setattr__(C, 'w', 1)
except TypeError as e:
    print(e)
class E(Exception):
    pass
e = E()
object.__setattr__(e, 'a', 5)
print(e.a)

# a metaclass mixed with a plain class: type.__setattr__ through it is legal, object's is not
for setter in (type.__setattr__, object.__setattr__):
    class A(type):
        def __setattr__(cls, key, value, setter=setter):
            setter(cls, key, value)
    class B:
        pass
    class C(B, A):
        pass
    obj = C('D', (object,), {})
    try:
        obj.test = True
        print('set', obj.test)
    except TypeError as e:
        print(e)
