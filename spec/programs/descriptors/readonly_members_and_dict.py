# Builtin READONLY members are member_descriptor ("readonly attribute"): complex.real, slice and
# range start/stop/step, type.__mro__/__base__/__flags__, module.__dict__. A Python base's
# __dict__ descriptor on a class or a module defers to the builtin's (read-only, a mappingproxy
# for a class). staticmethod/classmethod reprs; super(C, proxy) through proxy.__class__;
# __classcell__ and __qualname__ may be slot names.
import types
for t in [complex, slice, range, type, types.ModuleType]:
    for k, v in sorted(t.__dict__.items()):
        if type(v) in (types.MemberDescriptorType, types.GetSetDescriptorType) and k not in ('__weakrefoffset__', '__dictoffset__'):
            print(t.__name__, k, type(v).__name__, repr(v), v.__qualname__)
print(complex.real.__get__(3j), slice.start.__get__(slice(1, 2)))
for f in [lambda: complex.real.__set__(1j, 2), lambda: setattr(slice(1), 'start', 3), lambda: setattr(range(1), 'start', 3),
          lambda: type.__dict__['__mro__'].__set__(int, ()), lambda: setattr(int, '__flags__', 3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


class Base:
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(metaclass=Meta1):
    pass
class E(metaclass=Meta2):
    pass
class Module1(types.ModuleType, Base):
    pass
class Module2(Base, types.ModuleType):
    pass
d = Base.__dict__['__dict__']
for x in [D, E, Module1('m1'), Module2('m2')]:
    for f in [lambda: d.__set__(x, {}), lambda: d.__delete__(x), lambda: setattr(x, '__dict__', {}), lambda: delattr(x, '__dict__')]:
        try:
            f()
            print('allowed')
        except Exception as e:
            print(type(e).__name__, e)
    print(type(d.__get__(x)).__name__, d.__get__(x) == x.__dict__)


def f():
    pass
class C:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class SM(staticmethod):
    pass
for v in [staticmethod(f), classmethod(f), C.__dict__['s'], C.__dict__['c'], staticmethod(len), classmethod(len), staticmethod(1), classmethod(None), SM(len)]:
    print(repr(v).split(' at 0x')[0])


class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class PB(object):
    def f(self):
        return "B.f"
class PC(PB):
    def f(self):
        return super(PC, self).f() + "->C.f"
print(PC.__dict__["f"](Proxy(PC())))
try:
    super(PC, Proxy(1))
except TypeError as e:
    print(e)


class CellMeta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=CellMeta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(type(C2.__dict__["__classcell__"]).__name__)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
class Q:
    __slots__ = ['__qualname__']
print(Q.__qualname__, type(Q.__dict__['__qualname__']).__name__)
for body in ["__slots__ = ['x']\n x = 1", "__classcell__ = 3\n __slots__ = ['__classcell__']"]:
    try:
        exec("class G:\n " + body)
    except Exception as e:
        print(type(e).__name__, e)
