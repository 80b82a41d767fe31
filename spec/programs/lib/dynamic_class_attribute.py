# types.DynamicClassAttribute: instance access runs the getter, class access raises AttributeError
# (so a metaclass __getattr__ answers); enum.property derives from it.
import enum
import types


class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name


class X(metaclass=Meta):
    @types.DynamicClassAttribute
    def d(self):
        """the doc"""
        return 5

    @d.setter
    def d(self, value):
        self.stored = value


x = X()
x.d = 7
print(x.d, x.stored, X.d, X.__dict__['d'].__doc__, type(X.__dict__['d']).__name__)
print(isinstance(enum.Enum.__dict__['name'], types.DynamicClassAttribute), issubclass(enum.property, types.DynamicClassAttribute))
