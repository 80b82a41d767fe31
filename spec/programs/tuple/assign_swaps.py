# tuple: `a, b = x, y` compiled as CPython 3.11's peephole leaves it (compiler/codegen_swap.ts): no
# tuple built and unpacked, a SWAP or the stores exchanged; evaluation order, targets, line
# events and errors unchanged. The opcode names of each function are printed (CPython's own; PUSH_NULL, which
# CPython 3.11 folds into LOAD_GLOBAL, left out).
import dis
import sys

G = 0


class S:
    pass


def log(x):
    print('eval', x)
    return x


def swaps(x, y, z):
    a, b = x, y
    a, b = b, a
    c, d, e = x, y, z
    c, d, e = e, c, d
    [f, g] = x, y
    h, = x,
    return a, b, c, d, e, f, g, h


def conflicts(x, y, z):
    a, a = x, y
    p, q, p = x, y, z
    return a, p, q


def mixed(x, y, s, d):
    global G
    s.a, b = x, y
    G, c = y, x
    d[0], d[1] = d[1], d[0]
    a, (b, c) = x, (y, s.a)
    (i, j), k = (x, y), G
    return b, c, i, j, k, d


def lines(x, y):
    a, b = x, \
        y
    c, \
        d = x, y
    (e,
     f) = (x,
           y)
    (
        g, h) = x, y
    return a, b, c, d, e, f, g, h


def order():
    d = {}
    d[log('k1')], d[log('k2')] = log(1), log(2)
    a, b, c = log('x'), log('y'), log('z')
    return d, a, b, c


def not_swaps(x, y):
    a, b, c, d = x, y, x, y
    a, *b = x, y
    a, b = [x, y]
    a, b = (x, y), 3
    return a, b, c, d


def errors(x):
    try:
        a, b = x, undefined_name
    except NameError as e:
        print('NameError', e)
    try:
        a, b = x, 1 / 0
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    try:
        a, b, c = x, x
    except ValueError as e:
        print('ValueError', e)
    a = 1
    del a
    try:
        a, b = b, a
    except UnboundLocalError as e:
        print('UnboundLocalError', e)


def names(f):
    return ' '.join(i.opname for i in dis.get_instructions(f) if i.opname not in ('CACHE', 'PRECALL', 'KW_NAMES', 'PUSH_NULL'))


for f in (swaps, conflicts, mixed, lines, order, not_swaps):
    print(f.__name__, names(f))
print(swaps(1, 2, 3))
print(conflicts(1, 2, 3))
s = S()
print(mixed(1, 2, s, [5, 6]), G, s.a)
print(lines(1, 2))
print(order())
print(not_swaps(1, 2))
errors(7)

events = []


def tracer(frame, event, arg):
    if frame.f_code is lines.__code__ and event == 'line':
        events.append(frame.f_lineno - lines.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
lines(3, 4)
sys.settrace(None)
print('line events', events)
# module level: STORE_NAME targets keep the SWAP
m1, m2 = 'p', 'q'
m1, m2 = m2, m1
print(m1, m2)
