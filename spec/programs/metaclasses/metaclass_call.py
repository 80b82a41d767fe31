# Overriding the metaclass __call__ controls instance creation (singleton pattern).
class Singleton(type):
    _inst = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._inst:
            print("creating", cls.__name__, args, kw)
            cls._inst[cls] = super().__call__(*args, **kw)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Counted(type):
    def __call__(cls, *a):
        obj = cls.__new__(cls)
        obj.made_by = "meta"
        cls.__init__(obj, *a)
        return obj
class X(metaclass=Counted):
    def __init__(self, n): self.n = n
x = X(4)
print(x.n, x.made_by)
