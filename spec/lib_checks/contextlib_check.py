# Check script for lib/contextlib: contextmanager (normal exit, exceptions, suppression, errors),
# ContextDecorator, closing, suppress, nullcontext, redirect_stdout/stderr, ExitStack semantics
# including exception chaining, asynccontextmanager driven by hand. Output must equal CPython's.
import sys
import contextlib
from contextlib import (contextmanager, asynccontextmanager, suppress, closing, nullcontext,
                        redirect_stdout, redirect_stderr, ExitStack, ContextDecorator,
                        AbstractContextManager, AsyncExitStack)


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


def chain(e):
    out = []
    while e is not None:
        out.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    return ' <- '.join(out)


def run(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '!!', chain(e), '| cause:', repr(e.__cause__), '| suppress_ctx:', e.__suppress_context__)
    else:
        print(label, '->', repr(r))


log = []


@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append('caught ' + str(e))
    finally:
        log.append('exit ' + name)


def basic():
    with tag('a') as v:
        log.append('body ' + v)
    return log[:]


def caught():
    del log[:]
    with tag('b'):
        raise ValueError('inner')
    return log[:]


def not_caught():
    del log[:]
    try:
        with tag('c'):
            raise KeyError('k')
    finally:
        print('  log', log)


run('basic', basic)
run('caught', caught)
run('not caught', not_caught)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError('converted')


@contextmanager
def swallow_stop():
    yield


def use(cm, exc=None):
    with cm:
        if exc is not None:
            raise exc
    return 'done'


run("didn't yield", lambda: use(no_yield()))
run("didn't stop", lambda: use(two_yields()))
run('didnt stop after throw', lambda: use(two_yields_throw()) if False else 'skipped')
run('convert', lambda: use(reraise_other(), ZeroDivisionError('z')))
run('stopiteration passes', lambda: use(swallow_stop(), StopIteration('s')))
run('generatorexit passes', lambda: use(swallow_stop(), RuntimeError('r')))


@contextmanager
def ignore_all():
    try:
        yield
    except Exception:
        pass


run('suppressed by generator', lambda: use(ignore_all(), ValueError('x')))


@contextmanager
def keep_going():
    try:
        yield
    except Exception:
        yield


run('yield after throw', lambda: use(keep_going(), ValueError('x')))


@tag('deco')
def decorated(x):
    log.append('in decorated %s' % x)
    return x * 2


del log[:]
print('decorated', decorated(21), decorated(1), log)
print('wraps', decorated.__name__, tag.__name__, tag('q').__doc__ is None)


class Tracker(ContextDecorator):
    def __enter__(self):
        print('  tracker enter')
        return self

    def __exit__(self, *exc):
        print('  tracker exit', exc[0].__name__ if exc[0] else None)
        return False


@Tracker()
def tracked(a):
    print('  tracked body', a)
    return a


print('contextdecorator', tracked(5))

print('== closing / suppress / nullcontext')


class Resource:
    def close(self):
        print('  closed')


with closing(Resource()) as r:
    print('  using', type(r).__name__)


def sup():
    with suppress(KeyError, IndexError):
        {}['x']
    with suppress(ValueError):
        pass
    with suppress():
        pass
    return 'ok'


run('suppress', sup)


def sup_wrong():
    with suppress(KeyError):
        raise ValueError('not suppressed')


run('suppress wrong', sup_wrong)


def sup_subclass():
    with suppress(LookupError):
        [][1]
    return 'subclass suppressed'


run('suppress subclass', sup_subclass)
with nullcontext(5) as v:
    print('nullcontext', v)
with nullcontext() as v:
    print('nullcontext none', v)

print('== redirect')
b = Buf()
with redirect_stdout(b) as target:
    print('captured line')
    print('second', 1, 2)
print('redirected', repr(b.getvalue()), target is b)
e = Buf()
with redirect_stderr(e):
    sys.stderr.write('to stderr\n')
print('stderr redirected', repr(e.getvalue()))
outer, inner = Buf(), Buf()
r = redirect_stdout(outer)
with r:
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print('nested', repr(outer.getvalue()), repr(inner.getvalue()))

print('== ExitStack')


class CM:
    def __init__(self, name, swallow=False, fail=None):
        self.name = name
        self.swallow = swallow
        self.fail = fail

    def __enter__(self):
        print('  enter', self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print('  exit', self.name, et.__name__ if et else None, ev)
        if self.fail is not None:
            raise self.fail
        return self.swallow


def stack_basic():
    with ExitStack() as stack:
        names = [stack.enter_context(CM(n)) for n in 'abc']
        stack.callback(print, '  callback', 1, k=2) if False else stack.callback(lambda *a, **k: print('  callback', a, sorted(k.items())), 1, k=2)
        stack.push(lambda et, ev, tb: print('  pushed exit', et))
        print('  body', names)
    return 'done'


run('stack basic', stack_basic)


def stack_exc_suppressed():
    with ExitStack() as stack:
        stack.enter_context(CM('outer'))
        stack.enter_context(CM('swallower', swallow=True))
        stack.enter_context(CM('inner'))
        raise ValueError('boom')
    return 'suppressed'


run('stack suppressed', stack_exc_suppressed)


def stack_chain():
    with ExitStack() as stack:
        stack.enter_context(CM('first', fail=KeyError('first-fail')))
        stack.enter_context(CM('second', fail=IndexError('second-fail')))
        raise ValueError('body')


run('stack chain', stack_chain)


def stack_chain_no_body():
    with ExitStack() as stack:
        stack.enter_context(CM('first', fail=KeyError('k1')))
        stack.enter_context(CM('second', fail=IndexError('i2')))


run('stack chain no body exc', stack_chain_no_body)


def stack_replace_then_suppress():
    with ExitStack() as stack:
        stack.enter_context(CM('suppressor', swallow=True))
        stack.enter_context(CM('failer', fail=KeyError('k')))
        raise ValueError('v')
    return 'all suppressed'


run('stack replace then suppress', stack_replace_then_suppress)


def nested_equivalent():
    with CM('first', fail=KeyError('first-fail')):
        with CM('second', fail=IndexError('second-fail')):
            raise ValueError('body')


run('nested with equivalent', nested_equivalent)


def stack_in_handler():
    try:
        raise OSError('outer')
    except OSError:
        with ExitStack() as stack:
            stack.callback(lambda: (_ for _ in ()).throw(KeyError('cb')))
            raise ValueError('body')


run('stack inside handler', stack_in_handler)


def stack_pop_all():
    with ExitStack() as stack:
        stack.enter_context(CM('kept'))
        moved = stack.pop_all()
    print('  after with, moved has', len(moved._exit_callbacks))
    moved.close()
    moved.close()
    return 'closed'


run('pop_all', stack_pop_all)


def stack_bad_cm():
    with ExitStack() as stack:
        stack.enter_context(object())


run('enter_context bad', stack_bad_cm)


def stack_push_cm():
    with ExitStack() as stack:
        cm = CM('pushed-cm', swallow=True)
        r = stack.push(cm)
        print('  push returns same', r is cm)
        raise ValueError('x')
    return 'swallowed by pushed cm'


run('push cm', stack_push_cm)
cb = lambda: None
with ExitStack() as s:
    print('callback returns', s.callback(cb) is cb)
print('abstract', issubclass(CM, AbstractContextManager), isinstance(ExitStack(), AbstractContextManager), issubclass(int, AbstractContextManager))

print('== async')


@asynccontextmanager
async def agen(name):
    print('  aenter', name)
    try:
        yield name * 2
    finally:
        print('  aexit', name)


async def amain():
    async with agen('x') as v:
        print('  abody', v)
    try:
        async with agen('y'):
            raise ValueError('async boom')
    except ValueError as e:
        print('  caught', e)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(agen('z'))
        st.enter_context(CM('sync'))
        print('  stack value', v)
    async with nullcontext('n') as n:
        print('  async nullcontext', n)
    return 'async done'


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')


run('async', lambda: drive(amain()))
