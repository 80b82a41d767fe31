# Throwing into a generator that has not started raises the exception inside its frame, at the
# `def` line (CPython runs the frame): its traceback has the generator's entry, and a fresh
# generator's frame reports the `def` line as f_lineno.
def f():
    try:
        yield
    except:
        raise


def entries(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


g = f()
next(g)
try:
    1 / 0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        print("started:", entries(w.__traceback__))

g = f()
print("fresh f_lineno:", g.gi_frame.f_lineno)
try:
    1 / 0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        print("fresh:", entries(w.__traceback__))
print(g.gi_frame, g.gi_suspended)


def h():
    yield 1


g = h()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("h:", entries(e.__traceback__))
print(list(g))
