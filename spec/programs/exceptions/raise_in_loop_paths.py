# raise, bare raise and RERAISE (finally, with, unmatched except) taken many times in a loop, in
# the frame that handles them and across frames: the traceback lines, __context__, __cause__,
# sys.exc_info() and the finally/with order are CPython's on every iteration (the interpreter
# unwinds its own raises without a JS throw since 2026-12-07).
import sys
import traceback


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Ctx:
    def __init__(self, log): self.log = log
    def __enter__(self): self.log.append("enter"); return self
    def __exit__(self, t, v, tb):
        self.log.append("exit:" + (t.__name__ if t else "None"))
        return False


def inner(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise KeyError(i) from ValueError("cause")
    return i


def middle(i, log):
    try:
        return inner(i)
    finally:
        log.append("finally %d" % i)


results = []
for i in range(3000):
    log = []
    try:
        try:
            with Ctx(log):
                middle(i, log)
        except KeyError as e:
            results.append(("key", e.args, type(e.__cause__).__name__, tb_lines(e)))
            raise
    except ValueError as e:
        results.append(("value", e.args, e.__context__, tb_lines(e), sys.exc_info()[0].__name__))
    except KeyError as e:
        results.append(("key again", e.args, tb_lines(e)))
    else:
        results.append(("none", log))
    if i < 6:
        print(i, log, results[-1])
counts = {}
for r in results:
    counts[r[0]] = counts.get(r[0], 0) + 1
print(sorted(counts.items()))
print(results[2997], results[2998], results[2999], sep="\n")

# raise inside except: context chains, one per level, in a loop
for i in range(1000):
    try:
        try:
            raise TypeError("a%d" % i)
        except TypeError:
            raise RuntimeError("b%d" % i)
    except RuntimeError as e:
        last = (str(e), str(e.__context__), e.__suppress_context__, tb_lines(e))
print(last)

# bare raise with no active exception, many times
n = 0
for i in range(500):
    try:
        raise
    except RuntimeError as e:
        n += 1
        msg = str(e)
print(n, msg)

# raise of an instance, of a class, of a non-exception
E = ValueError("same")
seen = set()
for i in range(2000):
    for x in (E, ValueError, 5, object):
        try:
            raise x
        except BaseException as e:
            seen.add((type(e).__name__, str(e)))
print(sorted(seen))

# a generator raising through a for loop, and StopIteration's value
def gen(k):
    for j in range(k):
        if j == 7:
            raise IndexError(j)
        yield j
total = 0
for i in range(300):
    try:
        for v in gen(10):
            total += v
    except IndexError as e:
        total += e.args[0]
print(total)

# the traceback printed for the last one, as CPython prints it
try:
    middle(0, [])
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"))
# an uncaught raise at the end: the traceback on stderr, exit 1
def last_call():
    raise ZeroDivisionError("at the end")
last_call()
