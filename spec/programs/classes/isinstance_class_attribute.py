# isinstance() also asks an object's __class__ (CPython's recursive_isinstance): proxies whose
# __class__ is a property, and classes that set __class__ in their body.
class C:
    pass
class Proxy:
    def __init__(self, obj):
        self._obj = obj
    @property
    def __class__(self):
        return self._obj.__class__
p = Proxy(C())
print(isinstance(p, C), isinstance(p, Proxy), isinstance(p, (int, C)), type(p).__name__, p.__class__.__name__)
class FakeStr:
    __class__ = str
print(isinstance(FakeStr(), str), isinstance(FakeStr(), FakeStr), isinstance(FakeStr(), int))
class Weird:
    @property
    def __class__(self):
        return 42
print(isinstance(Weird(), int), isinstance(Weird(), Weird))
class Raising:
    @property
    def __class__(self):
        raise AttributeError('no class')
print(isinstance(Raising(), int))
print(issubclass(Proxy, C), isinstance(5, C))
