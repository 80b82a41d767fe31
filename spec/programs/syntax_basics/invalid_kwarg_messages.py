# CPython's invalid_kwarg rule: the message and the caret range of a bad keyword argument.
sources = [
    "dict(a = i for i in range(10))",
    "f(x, a = i for i in y)",
    "f(a=1 for i in y, b=2)",
    "f(a = x async for x in y)",
    "f(True=1)",
    "f(x, False = 3)",
    "f(None=1)",
    "f((True)=1)",
    "f('True'=1)",
    "f(x.y=1)",
    "f(a+b = 1)",
    "print(end=1, x.y=2)",
]
for src in sources:
    try:
        compile(src, "<kw>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    else:
        print(repr(src), "compiled")
