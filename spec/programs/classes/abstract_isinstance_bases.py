# isinstance()/issubclass() with "abstract" classes: objects that have a __bases__ tuple count
# as classes, an instance's __class__ attribute names its class (CPython's abstract.c paths).
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=())
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild))
print(isinstance(AbstractChild(), (Other, AbstractSuper)), issubclass(AbstractChild, (Other,)))

class NoBases:
    pass
for call in (lambda: isinstance(1, NoBases()), lambda: issubclass(NoBases(), int), lambda: issubclass(int, NoBases())):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class RaisingBases:
    @property
    def __bases__(self):
        raise RuntimeError("bases failed")
try:
    isinstance(1, RaisingBases())
except RuntimeError as e:
    print("RuntimeError:", e)

class Cycle:
    @property
    def __bases__(self):
        return (self, self, self)
try:
    issubclass(Cycle(), int)
except RecursionError as e:
    print("RecursionError")
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool))
