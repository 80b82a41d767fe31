# A jump from the 'return' event of a yield (CPython 3.11's frame_setlineno allows it for a frame
# being suspended): the value is still yielded; the generator is not resumed here (CPython 3.11
# resumes it at the target with the sent value left on its stack). From the 'return' event of a
# real return, and from an 'exception' event, a jump is refused.
import sys


def run(func, event, to, label):
    out = []
    state = []

    def tracer(frame, ev, arg):
        if state:
            return None
        if ev == event and frame.f_code is func.__code__:
            try:
                frame.f_lineno = func.__code__.co_firstlineno + to
                state.append('jumped')
            except ValueError as e:
                state.append(str(e))
        return tracer

    sys.settrace(tracer)
    try:
        r = func(out)
    except Exception as e:
        r = type(e).__name__
    sys.settrace(None)
    print(label, r, out, state)


def gen(out):
    out.append(1)
    yield 2
    out.append(3)


def ret(out):
    out.append(1)
    return 2


def raises(out):
    out.append(1)
    raise KeyError


def gen_expr(out):
    out.append(1)
    x = (yield 2) + 1
    out.append(x)


out = []
state = []


def tracer(frame, ev, arg):
    if not state and ev == 'return' and frame.f_code is gen.__code__:
        frame.f_lineno = gen.__code__.co_firstlineno + 1
        state.append(frame.f_lineno - gen.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
g = gen(out)
print(next(g), out, state)
sys.settrace(None)
del g

run(ret, 'return', 1, 'return')
run(raises, 'exception', 1, 'exception')

# jumps from the yield of a generator inside an expression, to a line before it and after it
for to in (1, 3, 2):
    out = []
    state = []

    def tr(frame, ev, arg, to=to):
        if not state and ev == 'return' and frame.f_code is gen_expr.__code__:
            try:
                frame.f_lineno = gen_expr.__code__.co_firstlineno + to
                state.append('jumped')
            except ValueError as e:
                state.append(str(e))
        return tr

    sys.settrace(tr)
    g = gen_expr(out)
    print(to, next(g), out, state)
    sys.settrace(None)
    del g
