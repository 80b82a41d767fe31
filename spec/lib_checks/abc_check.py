# Exercises abc; output is compared between CPython's abc and pystm's lib/abc.py.
import abc


def attempt(label, fn, *args, **kw):
    try:
        print(label, '->', repr(fn(*args, **kw)))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        return 0

    @abc.abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return 'shape with area %s' % self.area()


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, abc.ABCMeta))
attempt('instantiate Shape', Shape)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(sorted(Square.__abstractmethods__))
attempt('instantiate Square', Square, 2)


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.s


sq = RealSquare(3)
print(sorted(RealSquare.__abstractmethods__), sq.describe(), sq.perimeter(), Shape.area(sq))
print(isinstance(sq, Shape), issubclass(RealSquare, Shape), isinstance(3, Shape))


class Base(metaclass=abc.ABCMeta):
    @classmethod
    @abc.abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abc.abstractmethod
    def helper():
        pass

    @property
    @abc.abstractmethod
    def value(self):
        pass


print(sorted(Base.__abstractmethods__))
attempt('instantiate Base', Base)


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'

    @property
    def value(self):
        return 42


print(Impl.make().value, Impl.helper(), sorted(Impl.__abstractmethods__))


class Registered:
    pass


class Sub(Registered):
    pass


r = Shape.register(Registered)
print(r is Registered, issubclass(Registered, Shape), isinstance(Registered(), Shape), issubclass(Sub, Shape))
print(isinstance(Sub(), Shape), Shape in Registered.__mro__)
attempt('register int', Shape.register, 1)
attempt('issubclass 1', issubclass, 1, Shape)
attempt('cycle', Registered.__class__ is type and RealSquare.register, Shape)
tok1 = abc.get_cache_token()


@Shape.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Shape), abc.get_cache_token() > tok1)
print(Shape.register(RealSquare) is RealSquare, abc.get_cache_token() > tok1)


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any('quack' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Child(Duck):
    pass


print(issubclass(Duck, Hooked), isinstance(Child(), Hooked), issubclass(int, Hooked), isinstance('x', Hooked))


class HookedSub(Hooked):
    pass


print(issubclass(Duck, HookedSub), issubclass(HookedSub, Hooked))


class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


attempt('bad hook', issubclass, int, BadHook)


class Late(abc.ABC):
    def run(self):
        pass


def run(self):
    pass


Late.run = abc.abstractmethod(run)
print(sorted(Late.__abstractmethods__))
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
attempt('instantiate Late', Late)
print(abc.update_abstractmethods(int) is int)


class AC(abc.ABC):
    @abc.abstractclassmethod
    def one(cls):
        pass

    @abc.abstractstaticmethod
    def two():
        pass

    @abc.abstractproperty
    def three(self):
        pass


print(sorted(AC.__abstractmethods__))
attempt('instantiate AC', AC)
print(abc.ABC.__slots__, abc.ABC.__abstractmethods__, type(abc.ABC).__name__)


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self):
        pass


attempt('instantiate WithMeta', WithMeta)
print(isinstance(WithMeta, Meta))
