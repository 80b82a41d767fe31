# bytes(x) looks __bytes__ up on the class (CPython's _PyObject_LookupSpecial): an instance
# attribute, __getattr__ or __getattribute__ never provides it.
class Noisy:
    def __getattribute__(self, name):
        print("__getattribute__ called with", name)
        return object.__getattribute__(self, name)
    def __bytes__(self):
        return b"noisy"
print(bytes(Noisy()))
class Inst:
    pass
i = Inst()
i.__bytes__ = lambda: b"inst"
try:
    print(bytes(i))
except TypeError as e:
    print(e)
class Dyn:
    def __getattr__(self, name):
        if name == "__bytes__":
            return lambda: b"dyn"
        raise AttributeError(name)
try:
    print(bytes(Dyn()))
except TypeError as e:
    print(e)
class Bad:
    def __bytes__(self):
        return "str"
try:
    bytes(Bad())
except TypeError as e:
    print(e)
class Sub(bytes):
    def __bytes__(self):
        return b"sub"
print(bytes(Sub(b"x")), bytes(3), bytes([65, 66]))
