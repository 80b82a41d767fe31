# Slot wrappers of builtin classes check their self (CPython's wrapper_descriptor and, for the
# METH_O methods its class has instead, method_descriptor): never another object's words.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
calls = [lambda: str.__eq__(1, 1), lambda: str.__add__(1, 1), lambda: int.__add__('a', 1), lambda: list.__len__(()),
         lambda: str.upper(1), lambda: dict.__getitem__([], 0), lambda: list.__getitem__((1,), 0),
         lambda: tuple.__len__([]), lambda: dict.__len__([]), lambda: set.__contains__([], 1),
         lambda: float.__add__(1, 1.0), lambda: int.__radd__(1.5, 1), lambda: bytes.__len__('ab'),
         lambda: a == a, lambda: a + a, lambda: int.__add__(True, 2), lambda: object.__eq__(1, 1),
         lambda: list.__init__((), [1]), lambda: dict.__repr__([]), lambda: type.__call__(int, '5'),
         lambda: BaseException.__str__(1), lambda: BaseException.__init__(1)]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print(e)
class L(list):
    def __len__(self):
        return list.__len__(self) + 100
print(len(L([1, 2])), list.__len__(L([1])), dict.__getitem__({1: 2}, 1))
