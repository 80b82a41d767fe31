# Rare instructions (run()'s `default`: MAKE_FUNCTION, LOAD_BUILD_CLASS, IMPORT_NAME, STORE_GLOBAL,
# DELETE_*, ...) run out of line through the dispatch loop's safe-point block (vm/NOTES.md
# "h20-disp"): met in a hot loop long after the start (a comprehension every few thousand
# iterations, after V8 compiled run()), in nested runs (a key function, __eq__), in generators,
# raising (line numbers of the traceback), beside safe points and thread switches.
import sys
import threading

counter = 0


def hot(n):
    global counter
    total = 0
    for i in range(n):
        total += i & 7
        if i % 5000 == 4999:
            total += sum([x * 2 for x in range(3)])  # MAKE_FUNCTION late in a hot loop
            counter += 1  # STORE_GLOBAL
    return total


print(hot(200000), counter)


def key(s):
    return [c for c in s][::-1]  # a comprehension inside a nested run (sorted's key)


print(sorted(["abc", "bca", "cab", "aa"], key=key))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        class Local:  # LOAD_BUILD_CLASS in a nested run (list.index calls __eq__)
            pass
        return {k: k for k in (self.v,)} == {k: k for k in (other.v,)}

    __hash__ = None


print([Eq(1), Eq(2), Eq(3)].index(Eq(3)))


def gen(n):
    for i in range(n):
        f = lambda x, i=i: x + i  # MAKE_FUNCTION with defaults between yields
        yield f(1)
        del f  # DELETE_FAST


print(list(gen(4)), sum(gen(3000)))


def raises(k):
    try:
        if k == 0:
            import no_such_module_h20  # IMPORT_NAME raising
        elif k == 1:
            del undefined_global_h20  # DELETE_GLOBAL raising
        else:
            from sys import no_such_name_h20  # IMPORT_FROM raising
    except Exception as e:
        return type(e).__name__, e.__traceback__.tb_lineno - raises.__code__.co_firstlineno


print([raises(k) for k in range(3)] * 2)


def class_in_loop(n):
    made = []
    for i in range(n):
        class K:  # LOAD_BUILD_CLASS, LOAD_NAME/STORE_NAME in its body
            x = i
            y = [i for _ in range(2)]  # (a class body is skipped: the function's i)
        made.append(K.x + len(K.y))
    return sum(made)


print(class_in_loop(3000))

results = {}


def worker(name, n):
    acc = 0
    for i in range(n):
        acc += len([c for c in "ab"]) + (i & 1)
        if i % 1000 == 0:
            def inner(v=i):
                return v
            acc += inner() & 1
    results[name] = acc


sys.setswitchinterval(1e-5)
ts = [threading.Thread(target=worker, args=(k, 20000)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
