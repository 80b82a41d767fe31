# `yield from` an iterator that is not a generator returns the value of the StopIteration that
# ends it (its __next__ is a Python method: the value is not dropped as a `next` slot drops it);
# a builtin iterator's end gives None, a generator's its return value, send() values pass on.
class It:
    def __init__(self, n, value):
        self.n = n
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration(self.value) if self.value is not None else StopIteration
        return self.n


def gen():
    got = yield 'g'
    return ('gen', got)


def delegate():
    a = yield from It(2, 9)
    b = yield from It(1, (1, 2))
    c = yield from It(0, None)
    d = yield from iter([7, 8])
    e = yield from gen()
    return a, b, c, d, e


g = delegate()
out = [next(g)]
try:
    while True:
        out.append(g.send('sent' if out[-1] == 'g' else None))
except StopIteration as stop:
    out.append(stop.value)
print(out)
