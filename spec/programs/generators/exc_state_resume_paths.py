# The thread's handled exception (sys.exc_info()) across generator resumes and yields, on every
# path that resumes a generator: FOR_ITER, SEND (`yield from`), next()/send()/throw() from
# builtins, sum()/list() consuming a genexpr; a generator suspended inside an except block keeps
# its own exception while its callers handle different ones; gi_running and gi_frame states.
import sys


def exc():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)


def plain():
    # nothing of its own: sees whatever its resumer is handling
    for i in range(3):
        yield ('plain', i, exc())


def own():
    yield ('own-before', exc())
    try:
        raise KeyError('inner')
    except KeyError:
        yield ('own-in-except', exc())
        yield ('own-in-except-2', exc())
    yield ('own-after', exc())


def nested_handlers():
    try:
        raise ValueError('outer-g')
    except ValueError:
        yield ('n1', exc())
        try:
            raise TypeError('inner-g')
        except TypeError:
            yield ('n2', exc())
        yield ('n3', exc())
    yield ('n4', exc())


def delegating(g):
    r = yield from g
    yield ('delegated-return', r, exc())


def drive(gen_fn, label):
    print('--', label)
    # FOR_ITER, resumed while handling different exceptions in turn
    it = gen_fn()
    k = 0
    for item in it:
        print(' for', item)
        k += 1
        if k == 2:
            try:
                raise OSError('caller-' + str(k))
            except OSError:
                print(' caller in except', exc())
                # a resume from inside the caller's handler
                print(' next in except', next(it, 'END'))
        print(' caller sees', exc())


for fn, label in [(plain, 'plain'), (own, 'own'), (nested_handlers, 'nested')]:
    drive(fn, label)
    drive(lambda fn=fn: delegating(fn()), label + ' via yield from')

# builtins consuming generators, the caller handling an exception meanwhile
try:
    raise ZeroDivisionError('outside')
except ZeroDivisionError:
    print(list(plain()))
    print(list(own()))
    print(sum(1 for x in own() if x))
    print(exc())
print(exc())


# send/throw from JS while the generator is inside its own except block
def sender():
    try:
        raise LookupError('own-send')
    except LookupError:
        got = yield exc()
        print('got', got, exc())
        try:
            got = yield exc()
        except RuntimeError as e:
            print('thrown', repr(e), 'context', repr(e.__context__), exc())
            yield exc()
    yield exc()


g = sender()
print(g.send(None))
try:
    raise AttributeError('caller-send')
except AttributeError:
    print(g.send(1))
    print(g.throw(RuntimeError('boom')))
print(next(g))
print(next(g, 'done'), exc())


# gi_running and gi_frame across the paths
def watcher():
    me = yield
    while True:
        me = yield (me.gi_running, me.gi_frame is not None, me.gi_frame.f_lineno)


w = watcher()
print(w.gi_running, w.gi_frame.f_lineno, w.gi_suspended if hasattr(w, 'gi_suspended') else '')
next(w)
print(w.send(w))
print([w.send(w) for _ in range(2)])
w.close()
print(w.gi_running, w.gi_frame)


# an exception inside a genexpr consumed by sum(): CPython's traceback
def bad(x):
    return 1 // (x - 3)


def consume():
    return sum(bad(x) for x in range(10))


try:
    consume()
except ZeroDivisionError as e:
    import traceback
    for line in traceback.format_exception(e):
        for part in line.rstrip('\n').split('\n'):
            if not part.strip().startswith('File') or 'exc_state_resume_paths' in part:
                print(part.replace(__file__, 'FILE'))
print(exc())


# StopIteration inside a generator consumed by list()/sum()/FOR_ITER: RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration('leak')


for how in (list, sum, lambda g: [x for x in g], lambda g: next(iter(lambda: next(g), None)) and list(g)):
    try:
        print(how(leaky()))
    except RuntimeError as e:
        print('RuntimeError', e, repr(e.__cause__), exc())
