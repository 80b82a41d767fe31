# gen.throw() argument checks: the traceback must be a traceback, an instance takes no separate
# value, and only exceptions can be thrown; a good (type, value) pair is thrown in.
def g():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))

it = g()
next(it)
for args in ((ValueError, "foo", 23), (ValueError("xyz"), "foo"), (42,), (ValueError, "foo"),
             (ValueError("abc"),), (ValueError, None, None), ()):
    try:
        it.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in ((ValueError, TypeError(1)), (ValueError, ValueError(2), None), (ValueError, (3, 4)), (KeyError, "k")):
    try:
        it.throw(*args)
    except Exception as e:
        print("raised", repr(e))
