# An exception raised inside a finally or handler gets the pending one as __context__.
def f():
    try:
        raise ValueError("first")
    finally:
        try:
            raise KeyError("second")
        except KeyError as e:
            print("ctx", repr(e.__context__))
try:
    f()
except ValueError as e:
    print("outer", e, e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e, e.__context__)
try:
    raise
except RuntimeError as e:
    print(e)
import sys
try:
    raise IndexError(7)
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), sys.exception())
print(sys.exc_info())
