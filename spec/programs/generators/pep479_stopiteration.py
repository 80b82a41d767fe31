# PEP 479: a StopIteration raised inside a generator becomes a RuntimeError.
def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def fine():
    yield 1
    return 5

try:
    list(fine())
    print("return is fine")
except RuntimeError:
    print("unexpected")
