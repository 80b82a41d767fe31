# object.__dir__ looks __class__ and __dict__ up with getattr, as CPython: an unset `__class__`
# slot hides the class's names, a `__class__` property lists another class's.
class Foo(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


f = Foo()
print(dir(f))


class Other:
    def other_method(self):
        pass


class Pretender:
    @property
    def __class__(self):
        return Other


p = Pretender()
print('other_method' in dir(p), '__class__' in dir(p), isinstance(p, Other))


class NoDict:
    __slots__ = ('a',)


print('a' in dir(NoDict()), '__repr__' in dir(NoDict()))
