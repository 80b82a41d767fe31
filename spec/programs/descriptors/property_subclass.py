# Subclasses of property: instances carry their own __dict__ and doc, and getter/setter/deleter
# return instances of the subclass (CPython's property_copy calls type(self)).
class cached(property):
    """a cached property"""
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            obj.__dict__[name] = super().__get__(obj, cls)
        return obj.__dict__[name]

class P(property):
    pass

calls = []
class C:
    @cached
    def total(self):
        "sum of things"
        calls.append(1)
        return 42

    @P
    def v(self):
        "the v"
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @v.deleter
    def v(self):
        del self._v

c = C()
print(c.total, c.total, len(calls))
print(type(C.__dict__['total']).__name__, C.total.__doc__, isinstance(C.total, property))
print(type(C.__dict__['v']).__name__, C.v.__doc__)
c.v = 5
print(c.v)
del c.v
print(hasattr(c, '_v'))
p = P(doc='given')
print(p.__doc__, p.__dict__)
p.extra = 1
print(p.extra)

class Base:
    @property
    def getter(self):
        "Base getter"
        return 1
class Sub(Base):
    @Base.getter.getter
    def getter(self):
        "Sub getter"
        return 2
print(Sub.getter.__doc__, Sub().getter)
q = property(lambda self: 1, doc='fixed')
print(q.getter(lambda self: 2).__doc__)
r = property(doc='basic')
r.__doc__ = 'extended'
print(r.__doc__)

class Slotted(property):
    __slots__ = ()
try:
    Slotted(doc='x')
except AttributeError as e:
    print('AttributeError', e)

class NoName:
    x = property()
try:
    NoName().x
except AttributeError as e:
    print(e)
try:
    NoName().x = 1
except AttributeError as e:
    print(e)
try:
    property().__set_name__(1)
except TypeError as e:
    print(e)
try:
    property().getter()
except TypeError as e:
    print(e)
class Doc(property):
    __slots__ = ()
try:
    Doc(lambda self: 1)
except AttributeError as e:
    print('AttributeError', e)
def g(self):
    'gdoc'
for args, kw in [((), {}), ((), {'doc': 'd'}), ((lambda s: 1,), {}), ((g,), {}), ((g,), {'doc': 'd'})]:
    p = P(*args, **kw)
    print(p.__dict__, p.__doc__)
