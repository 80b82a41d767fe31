# throw() and close() on a delegating generator reach the innermost subgenerator.
def inner():
    try:
        while True:
            try:
                yield "tick"
            except KeyError as e:
                print("inner handled", repr(e))
                yield "recovered"
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("closed")

g = outer()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)

def returns_on_throw():
    try:
        yield 1
    except RuntimeError:
        return "caught"

def delegator():
    r = yield from returns_on_throw()
    yield "result " + r

d = delegator()
next(d)
print(d.throw(RuntimeError))
