# LOAD_GLOBAL of a builtin checked inline in run() (interp/global_cache.ts `slot` of a builtins
# entry): the same call sites run in a loop before and after a global shadows the builtin, after
# the global is deleted again, after builtins.len is reassigned and restored, after it is deleted
# from builtins, and under exec() with a __builtins__ dict of its own; wrong argument counts
# raise CPython's messages.
import builtins


def lens(objs):
    return [len(o) for o in objs]


def count(n):
    t = 0
    for i in range(n):
        t += len("ab") + abs(-i)
    return t


objs = ["a", [1, 2], (1, 2, 3), {1: 2}]
print(lens(objs), count(5))
len = lambda o: 100  # a global shadows the builtin
print(lens(objs), count(5))
del len  # the builtin again
print(lens(objs), count(5))
real_len = builtins.len
builtins.len = lambda o: -1
print(lens(objs), count(5))
builtins.len = real_len
print(lens(objs), count(5))
del builtins.len
try:
    lens(objs)
except NameError as e:
    print("NameError:", e)
builtins.len = real_len
print(lens(objs), count(5))
abs = lambda x: 0
print(count(5))
del abs
print(count(5))
# the same code object under other builtins
code = compile("r = [len(x) for x in ('a', 'bb')]", "<s>", "exec")
for bd in ({"len": lambda x: 7}, builtins.__dict__, {"len": lambda x: 8}):
    ns = {"__builtins__": bd}
    exec(code, ns)
    print(ns["r"])
# many globals added after the first loads: the entries vector grows and the cache refills
for i in range(400):
    globals()["g%d" % i] = i
print(lens(objs), count(5), g399)
for call in (lambda: len(), lambda: len([], []), lambda: isinstance(1), lambda: abs(1, 2),
             lambda: len(5), lambda: range()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
