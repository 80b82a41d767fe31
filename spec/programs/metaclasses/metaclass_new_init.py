# A metaclass's __new__ and __init__ run when the class statement executes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    def m(self): pass
print(type(A).__name__, A.added, isinstance(A, Meta), isinstance(A, type))
class B(A):
    pass
print(type(B).__name__, B.added)
