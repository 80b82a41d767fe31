# An everyday exception of an instruction soft-raised since h33-exc (here COMPARE_OP's unsupported
# order, fused with its jump) left uncaught: it passes two frames' `finally` blocks and a handler
# that does not match, after the same kinds were caught in a loop, and ends the program with
# CPython's traceback (exit 1, its last line checked).
def two(a, b):
    return a


def caught():
    n = 0
    for i in range(200):
        try:
            two(i)
        except TypeError:
            n += 1
        try:
            for x in i:
                pass
        except TypeError:
            n += 1
        try:
            [] in {i}
        except TypeError:
            n += 1
    return n


def inner(x):
    try:
        if x < "a":
            return 1
    finally:
        print("inner finally")


def outer():
    try:
        return inner(3)
    except KeyError:
        print("not reached")
    finally:
        print("outer finally")


print(caught())
outer()
print("not reached")
