# A dataclass field whose class attribute is a descriptor takes its default from the
# descriptor's __get__(None, cls); an AttributeError there means the field has no default.
from dataclasses import dataclass
class Desc:
    def __get__(self, instance, owner):
        if instance is None:
            return 100
        return instance._x
    def __set__(self, instance, value):
        instance._x = value
@dataclass
class E:
    i: Desc = Desc()
print(E().i, E(5).i)
class NoDefault:
    def __get__(self, instance, owner):
        if instance is None:
            raise AttributeError()
        return instance._x
    def __set__(self, instance, value):
        instance._x = value
@dataclass
class F:
    i: NoDefault = NoDefault()
try:
    F()
except TypeError as e:
    print('TypeError', e)
