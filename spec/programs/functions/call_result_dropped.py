# Calls as statements (CALL then POP_TOP: the result is dropped at once; a builtin's call steps
# over the POP_TOP, vm/interp/loop.ts dropsResult): builtins and their methods beside Python
# functions and methods, classes (__init__), callable instances, calls that raise, calls in
# generators and in try/finally, recursion, and a call right before a loop's back jump.
import sys

log = []


def f(x):
    log.append(x)
    return x * 2


class C:
    def __init__(self, v=0):
        self.v = v
        log.append(('init', v))

    def bump(self, by=1):
        self.v += by
        return self

    def __call__(self, *a):
        log.append(('call', a))
        return len(a)


def boom(x):
    if x == 3:
        raise ValueError('boom %d' % x)
    return x


def rec(n):
    if n == 0:
        return 0
    rec(n - 1)  # the inner result dropped
    return n


def gen(n):
    for i in range(n):
        f(i)
        yield i
        f(-i)


def main():
    c = C(1)
    s = set()
    lst = []
    d = {}
    for i in range(6):
        f(i)
        c.bump()
        c.bump(2)
        C(i)
        c(i, i)
        s.add(i % 3)
        lst.append(i)
        d.setdefault(i % 2, i)
        len(lst)
        try:
            boom(i)
        except ValueError as e:
            log.append(str(e))
        try:
            f(100 + i)
        finally:
            log.append('fin')
        if i % 2:
            f(-1)
        else:
            f(-2)
    print(c.v, sorted(s), lst, d)
    print(rec(50), list(gen(3)))
    x = 0
    while x < 3:
        x += 1
        if x == 2:
            continue
        f(x)  # a call right before the loop's back jump
    lst.sort()
    lst.reverse()
    sys.stdout.write('written\n')
    print(lst, len(log))
    print(log[:12])
    print(log[-12:])


main()
