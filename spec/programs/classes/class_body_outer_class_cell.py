# In a class body, `__class__` is the enclosing method's __class__ (a free variable), not the
# class's own implicit cell, which only its methods see (CPython: LOAD_CLASSDEREF of the free one).
class T:
    def test(self):
        class X:
            x = __class__
            def f(self):
                return __class__
        return X.x, X().f().__name__
print(T().test())

class A:
    def f(self):
        return 'A'
class Y(A):
    def f(self):
        return super().f()
    __class__ = 413
print(Y().f(), Y().__class__)
