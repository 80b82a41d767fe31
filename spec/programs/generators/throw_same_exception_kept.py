# A generator that catches an exception thrown in with gen.throw(exc) keeps it as its own
# handled exception across yields, even though its caller handled the same object.
import sys
def store_raise_exc_generator():
    try:
        print(sys.exc_info()[0])
        yield
    except Exception as exc:
        print(sys.exc_info()[0], exc.__context__)
        yield
        print(sys.exc_info()[0])
        yield
        raise
make = store_raise_exc_generator()
next(make)
try:
    raise ValueError()
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
next(make)
try:
    next(make)
except ValueError as e:
    print("ValueError", e.__context__)
print(sys.exc_info())
