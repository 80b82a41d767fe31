# Paths a program may first take after a long hot loop of other work (each once V8 optimized
# the interpreter loop without them): an item pushed by FOR_ITER (unpacking and attribute or
# subscript targets), POP_TOP (a chained compare whose first test fails, a call's dropped
# result), an int (or other non-bool) tested by a jump or `not`, `return local` (bound, unbound).
def warm(n):
    s = 0.0
    i = 0
    while i < n:
        s = s * 0.5 + 1.0
        i += 1
    return s

print(warm(30000))


def unpack_loops():
    out = []
    for a, b in [(1, 2), (3, 4)]:
        out.append(a * 10 + b)
    for (x,) in [(5,), (6,)]:
        out.append(x)
    for p, (q, r) in enumerate([(7, 8), (9, 10)]):
        out.append((p, q, r))
    d = {}
    for d["k"] in range(3):
        out.append(dict(d))
    class O:
        pass
    o = O()
    for o.attr in "xy":
        out.append(o.attr)
    lst = [0, 0]
    for lst[1] in (11, 12):
        pass
    out.append(lst)
    return out

print(unpack_loops())


def chained(d, lo, hi):
    return lo < d < hi

def chains():
    res = []
    for d in (-2.0, -0.5, 0.0, 0.5, 2.0):
        res.append((chained(d, -1.0, 1.0), -1 < d <= 1, 0 == d == 0.0, d < 0 < 1 < 2))
    return res

for row in chains():
    print(row)


def side(log, x):
    log.append(x)
    return x

def dropped():
    log = []
    side(log, 1)
    side(log, 2) and side(log, 3)
    side(log, 0) or side(log, 4)
    -1 < side(log, 5) < 3
    [side(log, 6)]
    return log

print(dropped())


def int_tests():
    out = []
    for n in (0, 1, -1, 2 ** 30 - 1, -(2 ** 30), 2 ** 30, -(2 ** 31), 2 ** 70, 0.0, -0.0, 1e-300,
              None, "", "a", [], [0], (), {}, 0j, 1j):
        k = 0
        m = n
        while m and k < 3:
            k += 1
            m = 0
        out.append((k, not n, n or "or", n and "and", bool(n), 1 if n else 2))
    return out

for row in int_tests():
    print(row)


def countdown(n):
    r = 1.0
    while n:
        r *= 1.5
        n -= 1
    return r

print(countdown(7), countdown(0))


class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        if self.v == "raise":
            raise ValueError("no truth")
        return self.v

class L:
    def __len__(self):
        return 2

def truthy_objects():
    out = []
    for v in (True, False):
        out.append(bool(B(v)) and "yes")
    out.append(not L())
    try:
        if B("raise"):
            pass
    except ValueError as e:
        out.append(("ValueError", str(e)))
    try:
        while B(3):
            break
    except TypeError as e:
        out.append(("TypeError", str(e)))
    try:
        not B(None)
    except TypeError as e:
        out.append(("TypeError", str(e)))
    return out

print(truthy_objects())


def ret_local(flag):
    x = 5
    if flag:
        del x
    return x

def ret_const():
    return "c"

print(ret_local(False), ret_const())
try:
    ret_local(True)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
