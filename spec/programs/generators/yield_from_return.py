# yield from passes values through and evaluates to the subgenerator's return value.
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return n * 10


def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    return a + b


g = outer()
print(next(g))
print(g.send("hello"))
out = list(g)
print(out)
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)

def wrapper():
    r = yield from outer()
    print("outer returned", r)
    yield "done"

print(list(wrapper()))
print(list(x for x in (yield_from := [1, 2])))
