# __cause__, __context__ and __suppress_context__ for raise, raise from, raise from None.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
def explicit():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("from") from e
def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("none") from None
for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
