# ExceptionGroup construction, subgroup/split/derive, and BaseExceptionGroup selection.
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(eg), str(eg), len(eg.exceptions))
print(repr(eg.subgroup(ValueError)))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(KeyError))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "c"))
