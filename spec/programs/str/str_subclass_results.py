# str() and ascii() return what __str__ / __repr__ returned when it is a str subclass instance
# (CPython's PyObject_Str / PyObject_ASCII keep it; str() of a str subclass instance itself is
# an exact str); str.__getnewargs__ gives a copy, never the str itself.
class S(str):
    pass


class WithStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return self.v


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


print(type(str(WithStr(S('abc')))).__name__, str(WithStr(S('abc'))))
print(type(str(object=WithStr(S('abc')))).__name__)
print(type(str(S('abc'))).__name__, type(str(WithStr('abc'))).__name__)
print(type(ascii(WithRepr(S('<abc>')))).__name__, ascii(WithRepr(S('<abc>'))))
print(type(ascii(WithRepr(S('<\xe9>')))).__name__, ascii(WithRepr(S('<\xe9>'))))
print(type(repr(WithRepr(S('<abc>')))).__name__)
t = 'abc'
a = t.__getnewargs__()
print(a[0] is t, a[0] == t, type(S('q').__getnewargs__()[0]).__name__)
