# run()'s pc is the heap index of the next word and every saved pc is pc - wb (vm/NOTES.md
# "h22-dispatch"): the places a frame's pc is stored or read back, each seen from Python:
# f_lineno/f_lasti of callers (CALL's save), tracebacks after jumps and in nested try blocks
# (the catch's save), generators resumed by for/yield from/send (FOR_ITER, SEND), a binop
# __add__ frame raising, a parked CALL_KW run again (threads), and a safe point's save.
import sys, threading, traceback


def where():
    f = sys._getframe(1)
    return f.f_lineno - f.f_code.co_firstlineno, f.f_lasti > 0


def caller(n):
    out = []
    for i in range(n):
        if i % 2:
            out.append(where())
        else:
            out.append(where())
    return out


print(caller(3))


def nested(x):
    try:
        try:
            if x > 0:
                raise KeyError(x)
            return 1 // x
        except KeyError:
            for j in range(3):
                if j == 2:
                    raise ValueError(j)
    except ValueError as e:
        tb = e.__traceback__
        return [t.lineno - nested.__code__.co_firstlineno for t in traceback.extract_tb(tb)]


print(nested(1))
try:
    nested(0)
except ZeroDivisionError as e:
    print([t.name for t in traceback.extract_tb(e.__traceback__)], e.__traceback__.tb_next.tb_lineno - nested.__code__.co_firstlineno)


def gen(n):
    for i in range(n):
        try:
            x = yield i
            if x is not None:
                yield ('sent', x)
        finally:
            pass
    return 'done'


def outer():
    r = yield from gen(3)
    yield r


g = outer()
print(next(g), g.send('a'), next(g), next(g), list(g))
gg = gen(2)
next(gg)
print(gg.gi_frame.f_lineno - gen.__code__.co_firstlineno, gg.gi_frame.f_lasti > 0)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if o == 0:
            raise ArithmeticError('zero')
        return V(self.v + o)


def adds():
    v = V(1)
    for i in (3, 2, 1, 0):
        v = v + i
    return v.v


try:
    adds()
except ArithmeticError as e:
    print([(t.name, t.lineno - adds.__code__.co_firstlineno if t.name == 'adds' else t.lineno - V.__add__.__code__.co_firstlineno) for t in traceback.extract_tb(e.__traceback__)])

# a lock taken with a keyword (CALL_KW) by threads that park on it: the call runs again
lock = threading.Lock()
total = [0]


def work(k):
    for _ in range(200):
        ok = lock.acquire(timeout=5)
        try:
            total[0] += k
        finally:
            lock.release()
        assert ok


ts = [threading.Thread(target=work, args=(k,)) for k in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])

# a long loop (safe points at its backward jump) whose exception reports the right line
def spin(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
        if i == n - 1:
            raise RuntimeError(s)
    return s


try:
    spin(300000)
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_lineno - spin.__code__.co_firstlineno)
