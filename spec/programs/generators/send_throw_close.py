# Generator send, throw and close; yield from delegation and return values.
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = 0
            continue
        if x is None:
            return total
        total += x


def outer():
    result = yield from acc()
    yield f"inner returned {result}"


g = outer()
print(next(g), g.send(5), g.send(7), g.throw(ValueError), g.send(2), g.send(None))
