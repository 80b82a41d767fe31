# __prepare__ supplies the class body's namespace (here recording definition order).
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class C(metaclass=Meta, tag="t"):
    b = 1
    a = 2
    def z(self): pass
    b = 3
print(C.order, C.b)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=Bad): pass
except TypeError as e:
    print(e)
