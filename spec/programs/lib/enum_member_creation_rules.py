# Enum creation rules: a member named like a base enum's method replaces it, one named like a
# property-like descriptor of a base keeps the descriptor for instance access; the last base must
# be an enum; a mixed-in __new__ that sets no _value_ and whose data type cannot be built from the
# arguments is a TypeError (its cause the data type's error).
import enum, types
from enum import Enum
class Base(Enum):
    def test(self):
        pass
class Test(Base):
    test = 1
print(type(Test.test) is Test, Test.test.value)
class Base2(Enum):
    @types.DynamicClassAttribute
    def test(self):
        return 'dynamic'
class Test2(Base2):
    test = 1
print(Test2.test.test, Test2.test.value)
class Base3(Enum):
    @enum.property
    def flash(self):
        return 'flashy dynamic'
class Test3(Base3):
    flash = 1
print(Test3.flash.flash, Test3.flash.value)
class Named(Enum):
    name = 1
    value = 2
print(Named.name.name, Named.value.value, Named.name, Named['value'])
try:
    class Wrong(Enum, str):
        NotHere = 'error before this point'
except TypeError as e:
    print('TypeError', e)
try:
    class Combined(str, Enum):
        def __new__(cls, value, sequence):
            m = str.__new__(cls, value)
            m.sequence = sequence
            return m
        key_type = 'An$(1,2)', 0
except TypeError as e:
    print('TypeError', e, type(e.__cause__).__name__)
class Base:
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, x):
        raise ValueError("I don't like", x)
try:
    class MyEnum(Base, enum.Enum):
        A = 'a'
        def __init__(self, y):
            self.y = y
except Exception as e:
    print(type(e).__name__, e)
try:
    class MyEnum(Base, enum.Enum):
        A = 'a'
        def __init__(self, y):
            self.y = y
        def __new__(cls, value):
            member = Base.__new__(cls)
            member._value_ = Base(value)
            return member
except Exception as e:
    print(type(e).__name__, e)
