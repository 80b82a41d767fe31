# Exception chaining: __cause__ from raise ... from, __context__ from handling.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e


try:
    parse("x")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
