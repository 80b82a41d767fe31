# Iterating an exhausted generator ends the loop at once (for, comprehensions, list()), and
# `yield from` an exhausted generator gives None; awaiting a finished coroutine again is a
# RuntimeError.
def gen():
    yield 1


g = gen()
print(list(g), list(g), [x for x in g], sum(g))
for x in g:
    print('never', x)
print('loop ended')
e = (v for v in (1, 2))
print(list(e), [x for x in e], len([x for x in e]))


def outer():
    r = yield from g
    print('yield from gave', r)
    yield 2


print(list(outer()))


async def coro():
    return 5


async def main():
    c = coro()
    print('first', await c)
    try:
        await c
    except RuntimeError as exc:
        print('RuntimeError', exc)


m = main()
try:
    m.send(None)
except StopIteration:
    print('main done')
