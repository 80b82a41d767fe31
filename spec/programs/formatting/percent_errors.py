# % formatting error messages.
tests = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "%x" % 1.5,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%z" % 1,
    lambda: "abc %" % (),
    lambda: "%(a)s" % (1,),
    lambda: "%f" % "x",
    lambda: "no args" % 5,
    lambda: "%s %s" % {"a": 1},
    lambda: "%*d" % ("x", 1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
