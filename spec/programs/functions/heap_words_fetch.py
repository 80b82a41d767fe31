# run() fetches the quickened words from the heap (CO_QWORDS of each code object): code made at
# run time (exec, compile, code.replace with another function's words) must run its own words,
# also after collections free old code objects and new ones take their addresses; tracebacks and
# line numbers still come from the relative pc saved in frames.
import gc
import sys
import types


def f(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t += i
        elif i % 3 == 1:
            t -= 1
        else:
            t += 2
    return t


def g(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t -= i
        elif i % 3 == 1:
            t += 1
        else:
            t -= 2
    return t


h = types.FunctionType(g.__code__.replace(co_code=f.__code__.co_code), globals(), 'h')
print(f(100), g(100), h(100))
print(h.__code__.co_code == f.__code__.co_code, h.__code__.co_code == g.__code__.co_code)

total = 0
for k in range(300):
    ns = {}
    exec(f"def w(x):\n    s = 0\n    for j in range(x):\n        if j & 1:\n            s += j * {k}\n        else:\n            s -= {k}\n    return s\n", ns)
    total += ns['w'](20)
    if k % 60 == 0:
        gc.collect()
print('exec total', total)

codes = [compile(f"a = {i}\nb = a * 2 + {i}\nc = [a, b]\n", f"<c{i}>", "exec") for i in range(50)]
acc = 0
for rounds in range(3):
    for c in codes:
        ns = {}
        exec(c, ns)
        acc += ns['b']
    gc.collect()
print('compiled', acc)


def fail(x):
    y = x + 1
    if y > 3:
        raise ValueError(y)
    return y


def where(fn, *a):
    try:
        fn(*a)
    except ValueError:
        tb = sys.exc_info()[2]
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_lineno - fn.__code__.co_firstlineno, tb.tb_frame.f_lasti >= 0
    return None


print(where(fail, 1), where(fail, 5))
fail2 = types.FunctionType(fail.__code__.replace(co_name='fail2'), globals())
print(where(fail2, 9))


def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield -x


it = gen(6)
out = [next(it), next(it), it.send(7), next(it), next(it)]
print(out, it.gi_frame.f_lineno - gen.__code__.co_firstlineno)
