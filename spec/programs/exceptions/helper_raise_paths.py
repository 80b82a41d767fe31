# Exceptions made by the VM's helpers rather than by a Python `raise`, taken many times in a loop:
# AttributeError of o.x / o.m() / getattr(o, n), StopIteration of next(it) and next(gen) (with a
# return value), IndexError of lst[i] / tup[i], KeyError of d[k] / d.pop(k) / del d[k]. Each is
# raised without a JS throw since 2026-12-07 (h28-throw); the traceback entries (frames, lines),
# __context__, __cause__, sys.exc_info(), the exception's args and attributes, and the text
# traceback prints are CPython's, caught in the same frame, in a caller, inside a generator,
# inside a sorted(key=) / map() callback, chained, and uncaught at the end.
import sys
import traceback


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class P:
    def __init__(self, a):
        self.a = a

    def m(self):
        return self.a


class Slots:
    __slots__ = ("x",)


O = P(1)
S = Slots()
L = [1, 2, 3]
T = (1, 2, 3)


def attr(o):
    return o.nope


def meth(o):
    return o.nope()


def gattr(o):
    return getattr(o, "nope")


def nxt(it):
    return next(it)


def gen_ret():
    return 42
    yield


def idx(s, i):
    return s[i]


def dkey(d, k):
    return d[k]


def dpop(d, k):
    return d.pop(k)


def ddel(d, k):
    del d[k]


CASES = [
    ("attr", lambda: attr(O)),
    ("attr_slots", lambda: attr(S)),
    ("attr_type", lambda: attr(P)),
    ("attr_module", lambda: attr(sys)),
    ("attr_int", lambda: attr(5)),
    ("meth", lambda: meth(O)),
    ("meth_list", lambda: meth(L)),
    ("gattr", lambda: gattr(O)),
    ("gattr_unset_slot", lambda: getattr(S, "x")),
    ("next_iter", lambda: nxt(iter(()))),
    ("next_gen", lambda: nxt(gen_ret())),
    ("idx_list", lambda: idx(L, 3)),
    ("idx_list_neg", lambda: idx(L, -4)),
    ("idx_tuple", lambda: idx(T, 10)),
    ("idx_tuple_neg", lambda: idx(T, -4)),
    ("dkey", lambda: dkey({}, "k")),
    ("dkey_tuple", lambda: dkey({}, (1, 2))),
    ("dpop", lambda: dpop({1: 2}, 3)),
    ("ddel", lambda: ddel({1: 2}, 3)),
]


def describe(e):
    r = [type(e).__name__, e.args, tb_lines(e), repr(e.__context__), repr(e.__cause__)]
    if isinstance(e, AttributeError):
        r.append((e.name, type(e.obj).__name__))
    if isinstance(e, StopIteration):
        r.append(e.value)
    return r


# each case many times, caught by the caller; the first and last described
for name, fn in CASES:
    first = last = None
    for i in range(500):
        try:
            fn()
        except Exception as e:
            d = describe(e)
            if first is None:
                first = d
            last = d
            info = sys.exc_info()
            assert info[1] is e and info[0] is type(e) and info[2] is e.__traceback__
    print(name, first == last, first)

# caught in the same frame, inside a loop (no call between)
n = 0
for i in range(3000):
    try:
        O.nope
    except AttributeError as e:
        n += 1
        a = tb_lines(e)
    try:
        L[i]
    except IndexError as e:
        n += 1
        b = tb_lines(e)
    try:
        next(iter(()))
    except StopIteration as e:
        n += 1
        c = tb_lines(e)
print(n, a, b, c)

# chaining: raised while handling another, and `raise ... from`
for i in range(300):
    try:
        try:
            raise ValueError("outer %d" % i)
        except ValueError:
            L[10]
    except IndexError as e:
        ctx = (str(e), repr(e.__context__), e.__suppress_context__, tb_lines(e))
    try:
        try:
            O.nope
        except AttributeError as e:
            raise KeyError("k") from e
    except KeyError as e:
        cause = (repr(e.__cause__), e.__suppress_context__, tb_lines(e), tb_lines(e.__cause__))
    try:
        try:
            {}["missing"]
        except KeyError:
            getattr(O, "nope2")
    except AttributeError as e:
        ctx2 = (str(e), repr(e.__context__), tb_lines(e.__context__))
print(ctx)
print(cause)
print(ctx2)


# inside a generator: caught there, and escaping through a for loop
def gen_catch(k):
    for j in range(k):
        try:
            yield L[j]
        except IndexError as e:
            yield ("caught", tb_lines(e))
        try:
            O.nope
        except AttributeError:
            pass


def gen_escape(k):
    for j in range(k):
        yield {}[j] if j == 3 else j


print(list(gen_catch(5))[-1])
for i in range(200):
    got = []
    try:
        for v in gen_escape(5):
            got.append(v)
    except KeyError as e:
        esc = (got, e.args, tb_lines(e))
print(esc)


# inside a callback of sorted(key=) and map()
def bad_key(x):
    return x.nope


for i in range(200):
    try:
        sorted([O, O], key=bad_key)
    except AttributeError as e:
        sk = tb_lines(e)
    try:
        list(map(lambda x: L[x], [0, 1, 5]))
    except IndexError as e:
        mp = tb_lines(e)
    try:
        sorted([1, 2], key=lambda x: next(iter(())))
    except StopIteration as e:
        st = tb_lines(e)
print(sk)
print(mp)
print(st)

# next() with a default, getattr with a default and hasattr: no exception escapes
print(next(iter(()), "dflt"), next(gen_ret(), "g"), getattr(O, "nope", "d"), hasattr(O, "nope"))

# the printed traceback of each kind, as CPython prints it
for name, fn in CASES:
    try:
        fn()
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        print("\n".join(line for line in text.splitlines() if not line.strip().startswith("^")))

# a profile function sees the failing builtin call as c_call, c_exception
events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", "?")))


def profiled():
    try:
        next(iter(()))
    except StopIteration:
        pass
    try:
        getattr(O, "nope")
    except AttributeError:
        pass
    try:
        {}.pop(1)
    except KeyError:
        pass


sys.setprofile(prof)
profiled()
sys.setprofile(None)
print([e for e in events if e[1] in ("next", "getattr", "pop")])

# a trace function sees each as an 'exception' event at its line
tevents = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        if event == "exception":
            tevents.append((frame.f_lineno - first_line, arg[0].__name__))
        return tracer
    return None


def traced():
    try:
        O.nope
    except AttributeError:
        pass
    try:
        L[5]
    except IndexError:
        pass
    try:
        del {}[1]
    except KeyError:
        pass


first_line = traced.__code__.co_firstlineno
sys.settrace(tracer)
traced()
sys.settrace(None)
print(tevents)


# uncaught at the end: the traceback on stderr, exit 1
def last_call():
    return [P(1)][0].missing_at_end


last_call()
