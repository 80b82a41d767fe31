# Attributes of builtin exceptions: StopIteration.value, OSError errno, KeyError args, with_traceback, add_note.
e = StopIteration(5)
print(e.value, StopIteration().value)
o = OSError(2, "No such file")
print(o.errno, o.strerror, o, type(OSError(2, "x")).__name__)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
n = NameError("m", name="m")
print(n.name, AttributeError("a", name="x", obj=1).obj)
e = ValueError("v")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError as x:
    print(x.__traceback__ is not None, x.__traceback__.tb_lineno)
print(SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
