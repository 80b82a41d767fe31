# Subclasses of classmethod and staticmethod make instances of the subclass (abc's
# abstractclassmethod/abstractstaticmethod are such subclasses): their __init__ runs, class
# attributes and instance attributes are visible, and they still bind like the base type.
import abc


class tagged_cm(classmethod):
    tag = 'cm'

    def __init__(self, f):
        f.marked = True
        super().__init__(f)


class tagged_sm(staticmethod):
    tag = 'sm'


class K:
    @tagged_cm
    def make(cls):
        return cls.__name__

    @tagged_sm
    def twice(x):
        return 2 * x


class L(K):
    pass


cm = K.__dict__['make']
sm = K.__dict__['twice']
print(type(cm).__name__, cm.tag, cm.__func__.marked, isinstance(cm, classmethod))
print(K.make(), L.make(), L().make(), K.twice(4), K().twice(5), sm.tag, type(sm).__mro__[1].__name__)
cm.note = 'x'
print(cm.note, cm.__name__, sm.__wrapped__.__name__)


@abc.abstractclassmethod
def foo(cls):
    pass


@abc.abstractstaticmethod
def bar():
    pass


print(type(foo).__name__, foo.__isabstractmethod__, type(bar).__name__, bar.__isabstractmethod__)


class C(metaclass=abc.ABCMeta):
    @abc.abstractclassmethod
    def foo(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def bar():
        return 'bar'


class D(C):
    @classmethod
    def foo(cls):
        return super().foo()

    @staticmethod
    def bar():
        return C.bar()


print(sorted(C.__abstractmethods__), sorted(D.__abstractmethods__), D.foo(), D().bar())
try:
    C()
except TypeError as e:
    print('TypeError', e)
try:
    tagged_sm(1, 2)
except TypeError as e:
    print('TypeError', e)
