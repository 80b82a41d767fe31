# Custom exception classes: args, str and repr with zero, one and several arguments.
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class WithStr(Exception):
    def __str__(self): return "custom str"
for e in (MyErr(), MyErr("one"), MyErr("a", 2), WithInit(404, "not found"), WithStr("x")):
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise WithInit(500, "boom")
except Exception as e:
    print(e.code, e, isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(MyErr, Exception), MyErr.__mro__[1:])
e = MyErr(1)
e.args = ("changed",)
print(e, KeyError("k"), repr(KeyError("k")), str(KeyError("a", "b")))
