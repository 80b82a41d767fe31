# copy and deepcopy use a copyreg.pickle() reductor for the class, return weak references as
# they are, and raise copy.Error for an object without __reduce_ex__ and __reduce__.
import copy
import copyreg
import weakref


class C:
    def __new__(cls, foo):
        obj = object.__new__(cls)
        obj.foo = foo
        return obj


x = C(42)
try:
    copy.copy(x)
except TypeError:
    print('TypeError before registering')
copyreg.pickle(C, lambda obj: (C, (obj.foo,)), C)
y = copy.copy(x)
z = copy.deepcopy(x)
print(type(y).__name__, y is not x, y.foo, z.foo)


class Target:
    pass


t = Target()
r = weakref.ref(t)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)


class NoReduce:
    def __getattribute__(self, name):
        if name.startswith('__reduce'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)


for f in (copy.copy, copy.deepcopy):
    try:
        f(NoReduce())
    except copy.Error as e:
        print('copy.Error', str(e).split(' of ')[0])
