# Exceptions inside generators: throw(), close(), StopIteration becoming RuntimeError.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen got", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g), g.throw(ValueError("boom")))
g.close()
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def ret():
    yield 1
    return "done"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
