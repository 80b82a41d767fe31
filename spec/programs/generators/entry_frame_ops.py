# Generator, exception and with instructions reached from a builtin's nested loop (an entry
# frame) and from the same loop: the instruction leaves the loop or switches frames (run()'s
# out-of-line path for slow instructions: YIELD_VALUE, RETURN_GENERATOR, SEND, POP_EXCEPT,
# RERAISE, BEFORE_WITH, a generator's return and gen.throw).

def gen(n):
    for i in range(n):
        yield i * i
    return 'done'

# a generator function called by a builtin (RETURN_GENERATOR in an entry frame)
print(list(map(lambda g: list(g), map(gen, [0, 1, 3]))))
# a generator driven by builtins (YIELD_VALUE and the return in entry frames)
print(sum(gen(5)), sorted(gen(4), reverse=True), dict(zip(gen(3), 'abc')))

def delegate(it):
    got = yield from it  # SEND to a generator, then to a plain iterator
    return got

print(list(delegate(gen(3))), list(delegate(iter([7, 8]))), list(delegate(range(2))))
d = delegate(gen(2))
print(next(d), next(d))
try:
    next(d)
except StopIteration as e:
    print('stop value', e.value)

def catcher():
    while True:
        try:
            x = yield
            print('got', x)
        except ValueError as e:
            print('caught', e)
            yield 'recovered'

c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError('boom')))
next(c)
c.send(2)
try:
    c.throw(KeyError('k'))
except KeyError as e:
    print('escaped', repr(e))

def handlers():
    # exceptions handled inside a generator: PUSH_EXC_INFO / POP_EXCEPT keep the caller's
    import sys
    try:
        raise TypeError('inner')
    except TypeError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

try:
    raise OSError('outer')
except OSError:
    import sys
    h = handlers()
    print(next(h), sys.exc_info()[0].__name__)
    print(next(h), sys.exc_info()[0].__name__)

def reraiser():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return 'reraised ' + type(e).__name__
    finally:
        pass

print(reraiser(), [reraiser() for _ in range(2)])

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *a):
        print('exit', self.name, a[0].__name__ if a[0] else None)
        return a[0] is KeyError

def with_user(name):
    with Ctx(name) as v:
        if name == 'k':
            raise KeyError(name)
        return v

print(with_user('a'), list(map(with_user, ['b', 'k'])))

def gen_with():
    with Ctx('g') as v:
        yield v
        yield v + '2'

print(list(gen_with()), [x for x in gen_with()])

def deep(n):
    if n == 0:
        yield 'bottom'
        return
    yield from deep(n - 1)

print(list(deep(50)))
