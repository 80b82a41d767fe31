# Builtin methods CPython declares positional-only refuse keyword arguments, with the names its
# messages show: the defining class for o.m(...) and C.m(o, ...), the bound self's class for a
# bound method (m = o.m; m(...)), the bare name for METH_VARARGS ones bound, "wrapper __add__()"
# for slot wrappers; and METH_NOARGS/METH_O methods count their arguments.


class L(list):
    pass


def show(f):
    try:
        r = f()
        print("accepted", r)
    except TypeError as e:
        print(e)


calls = [
    lambda: [].append(x=1),
    lambda: L().append(x=1),
    lambda: list.append([], x=1),
    lambda: list.append(x=1),
    lambda: "a".startswith(prefix="a"),
    lambda: "a".count(x="a"),
    lambda: {}.get(key=1),
    lambda: {}.pop(key=1),
    lambda: {1: 2}.setdefault(key=1),
    lambda: {1}.add(elem=1),
    lambda: set().union(x=1),
    lambda: "abc".replace(old="a", new="b"),
    lambda: b"".join(iterable=[]),
    lambda: bytearray().append(item=1),
    lambda: (1.5).__round__(ndigits=1),
    lambda: object().__format__(format_spec=""),
    lambda: (5).__format__(format_spec=""),
    lambda: (5).__reduce__(x=1),
    lambda: (5).__sizeof__(x=1),
    lambda: (1).__add__(other=2),
    lambda: int.__add__(1, other=2),
    lambda: [].__len__(x=1),
    lambda: dict.fromkeys(iterable=[1]),
    lambda: {}.fromkeys(iterable=[1]),
    lambda: str.maketrans(x="a"),
    lambda: (1, 2).index(value=1),
    lambda: range(3).count(value=1),
    lambda: frozenset().issubset(other=()),
    lambda: int.__dict__["bit_length"](5, x=1),
    lambda: ValueError("x").with_traceback(tb=None),
    lambda: memoryview(b"ab").tolist(x=1),
]
for c in calls:
    show(c)

print("-- bound")
f = [].append
show(lambda: f(x=1))
g = L().append
show(lambda: g(x=1))
h = "a".startswith
show(lambda: h(prefix="a"))
k = (5).__reduce__
show(lambda: k(x=1))
m = L().copy
show(lambda: m(x=1))

print("-- argument counts")
counts = [
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].copy(1),
    lambda: (5).__reduce__(1),
    lambda: (5).__sizeof__(1),
    lambda: (5).__getnewargs__(1),
    lambda: (5).__format__(),
    lambda: object().__format__(),
    lambda: object().__dir__(1),
    lambda: (1.5).__format__("", 1),
    lambda: bytes.fromhex(),
    lambda: float.fromhex(),
    lambda: list.__class_getitem__(),
    lambda: ValueError().with_traceback(),
    lambda: ValueError().add_note(),
    lambda: memoryview(b"").release(1),
    lambda: int.mro(1),
    lambda: int.__instancecheck__(),
    lambda: object().__setattr__(),
    lambda: object().__setattr__("a", 1, 2),
    lambda: int.__new__(x=1),
]
for c in counts:
    show(c)

print("-- keywords still work where CPython takes them")
print("a,b".split(sep=","), (1).to_bytes(length=2, byteorder="big"), sorted([2, 1], key=None))
print([3, 1, 2].sort(key=lambda v: v), "x".encode(encoding="ascii"), "a\tb".expandtabs(tabsize=2))
print(int.from_bytes(bytes=b"\x01", byteorder="big"), "{a}".format(a=1), dict(a=1).copy())
d = {}
d.update(a=1)
print(d, bytes.hex(b"ab", sep=":"), "ab".splitlines(keepends=True))
