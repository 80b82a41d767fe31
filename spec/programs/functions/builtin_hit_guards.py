# What a cached LOAD_GLOBAL of a builtin must notice (interp/global_cache.ts; h19-speed's inline
# builtins hit, not kept, tested these): a loop keeps loading builtins while a global is inserted
# elsewhere in the module (the entry count moves), while the builtins dict grows (its entries
# vector is replaced), while a function of the same code and globals runs under other builtins,
# and while threads do the same.
import builtins
import threading
import types


def hot(n):
    t = 0
    for i in range(n):
        t += len("abc") + abs(-i) + (1 if isinstance(i, int) else 0)
    return t


print(hot(50))
for k in range(30):
    globals()["late%d" % k] = k  # inserted after the sites filled: each refills
    if k % 10 == 0:
        print(hot(20))
# a new builtin: the builtins dict may grow its entries vector
for k in range(60):
    setattr(builtins, "extra_builtin_%d" % k, k)
print(hot(20), extra_builtin_59)
for k in range(60):
    delattr(builtins, "extra_builtin_%d" % k)
print(hot(20))
try:
    extra_builtin_3
except NameError as e:
    print("NameError:", e)

# one code object, one globals dict, two builtins: alternate calls
src = "def f(x):\n    return len(x), abs(-2)\n"
g = {"__builtins__": {"len": lambda x: "fake", "abs": lambda x: "fabs"}}
exec(src, g)
f1 = g["f"]
g["__builtins__"] = builtins.__dict__
f2 = types.FunctionType(f1.__code__, g)
out = []
for i in range(6):
    out.append(f1("ab") if i % 2 else f2("ab"))
print(out)

# a global named like a builtin appears and goes while the loop runs
def shadow_loop():
    r = []
    for i in range(6):
        if i == 2:
            globals()["abs"] = lambda x: "g"
        if i == 4:
            del globals()["abs"]
        r.append(abs(-1))
    return r


print(shadow_loop())

# threads load the same builtins sites
res = []


def worker(n):
    res.append(hot(n))


ts = [threading.Thread(target=worker, args=(200,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
