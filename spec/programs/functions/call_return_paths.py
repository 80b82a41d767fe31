# Calls and returns on the interpreter's fast paths (vm/interp/loop.ts CALL and RETURN_VALUE,
# interp/caller_info.ts, the fused JUMP_FORWARD-to-RETURN_VALUE of interp/quicken.ts, the CALL
# that steps over the callee's RESUME): returns through conditional expressions and if/else
# into one return, from functions, methods, __init__, generators and recursion deeper than the
# caller-hint table (1024 levels), returns after an exception unwound calls, functions whose
# code objects die (exec'd and collected) between calls, closures (code starting with
# MAKE_CELL), the first line of a function in a traceback, and threads calling at equal depths.
import gc
import sys
import threading
import traceback


def pick(c, a, b):
    return a if c else b


def branch(c):
    if c:
        y = "yes"
    else:
        y = "no"
    return y


def nested(c, d):
    return (pick(d, 1, 2) if c else pick(d, 3, 4)) + (10 if d else 20)


class Vec:
    def __init__(self, x, y=None):
        self.x = x
        self.y = x if y is None else y

    def norm1(self):
        return self.x + self.y if self.x >= 0 else -self.x + self.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k) if k != 1 else self


print(pick(True, "a", "b"), pick(0, "a", "b"), branch(1), branch(0))
print([nested(c, d) for c in (0, 1) for d in (0, 1)])
v = Vec(3)
w = v.scaled(2).scaled(1).scaled(-1)
print(v.norm1(), w.x, w.y, w.norm1(), v.scaled(1) is v)


class InitTernary:
    def __init__(self, bad):
        return 7 if bad else None


print(type(InitTernary(False)).__name__)
try:
    InitTernary(True)
except TypeError as e:
    print("TypeError:", e)


def gen(n):
    for i in range(n):
        yield i if i % 2 else -i
    return "done" if n else "empty"


def drive(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value


print(drive(gen(5)), drive(gen(0)))


def depth(n):
    return depth(n - 1) + 1 if n else 0


def depth_init(n):
    class Node:
        def __init__(self, k):
            self.child = Node(k - 1) if k else None
            self.k = k
    root = Node(n)
    count = 0
    while root is not None:
        count += 1
        root = root.child
    return count


sys.setrecursionlimit(5000)
print(depth(3000), depth(1500) + depth(10), depth_init(1200))


def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1


def catcher(n):
    try:
        return boom(n)
    except ValueError:
        return -n if n else 0


print([catcher(k) for k in range(5)], sum(catcher(k) + depth(k) for k in range(1100, 1103)))


def ping(n):
    return pong(n - 1) + "i" if n else ""


def pong(n):
    return ping(n - 1) + "o" if n else ""


print(ping(9), len(ping(2001)))

# code objects that die: each exec'd function is called, dropped and collected, and the next
# one may get the same address
total = 0
for round_ in range(30):
    ns = {}
    exec("def f(n):\n    return f(n - 1) + %d if n else 0\n" % round_, ns)
    total += ns["f"](5)
    del ns
    if round_ % 5 == 0:
        gc.collect()
print("exec'd", total)


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count if k else -1
    return bump


b = make_counter()
print([b(i) for i in range(5)])


def first_line_raises(x):
    return x.missing


try:
    first_line_raises(3)
except AttributeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.line) for fr in tb])

print(sys._getframe().f_code.co_name, (lambda: sys._getframe().f_back.f_code.co_name)())

results = {}


def worker(name, base):
    acc = 0
    for i in range(200):
        acc += depth(base + i % 7) + nested(i % 2, i % 3 == 0)
    results[name] = acc


ts = [threading.Thread(target=worker, args=("t%d" % k, 20 + k)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
