# classmethod(bound method): the bound method is bound again to the class (a method object has
# no __get__ slot of its own in CPython, so classmethod does not chain to it).
class A:
    def foo(self, cls):
        return 'spam', type(self).__name__, cls.__name__


class B:
    bar = classmethod(A().foo)


print(B.bar())
print(B().bar())
print(classmethod(A().foo).__get__(None, B)())


class C:
    @classmethod
    @property
    def p(cls):
        return 'chained ' + cls.__name__


print(C.p)
