# Augmented attribute assignment on a local (`o.x += v`: LOAD_FAST o; COPY 1; LOAD_ATTR x; ...;
# SWAP 2; STORE_ATTR x), whose COPY + LOAD_ATTR run()'s quickened words do as one fused load of
# the local (vm/interp/quicken.ts), and attribute operations right after a STORE_FAST + LOAD_FAST
# pair: hits, misses, descriptors, errors with their tracebacks, a trace function set and cleared
# by the right-hand side, sites over several classes, a walrus rebinding the local.
import sys
import os
import traceback


def print_tb():
    # the traceback with the file's directory left out (the .exp must not depend on the checkout)
    text = traceback.format_exc()
    print(text.replace(__file__, os.path.basename(__file__)), end='')



class C:
    k = 10  # a class attribute, read through the instance, then shadowed by the instance's

    def __init__(self):
        self.n = 0
        self.s = 'a'


class P:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print('  get v')
        return self._v

    @v.setter
    def v(self, x):
        print('  set v', x)
        self._v = x


class G:
    def __getattr__(self, name):
        print('  __getattr__', name)
        return 100


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


def bump(o, n):
    for _ in range(n):
        o.n += 1
    return o.n


c = C()
print(bump(c, 1000), c.n)
c2 = C()
for i in range(300):
    c2.k += i  # class attribute read, instance attribute stored (then read: a miss, then hits)
print(c2.k, C.k, sorted(vars(c2)))


def concat(o):
    for ch in 'bcd':
        o.s += ch
    return o.s


print(concat(C()))
p = P()
p.v += 5
p.v *= 3
print(p.v, p._v)
g = G()
g.z += 1
print(g.z, vars(g))
s = S()
for _ in range(50):
    s.a += 2
print(s.a)


def slots_missing(o):
    o.b += 1


def missing(o):
    o.nope += 1


def show_attribute_error(fn, o):
    try:
        fn(o)
    except AttributeError as e:
        print('AttributeError', e)
        print_tb()


show_attribute_error(slots_missing, S())
show_attribute_error(missing, C())


def unbound(flag):
    if flag:
        o = C()
    o.n += 1
    return o.n


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError:
    print_tb()


def with_none(o):
    o.n += 1


try:
    with_none(None)
except AttributeError as e:
    print('AttributeError', e)


class A1:
    def __init__(self):
        self.state = 1


class A2(A1):
    pass


class A3(A1):
    pass


class A4(A1):
    def __init__(self):
        self.pad = 0
        self.state = 2


def mix(objs, n):
    for _ in range(n):
        for o in objs:
            o.state |= 4
            o.state += 1
    return [o.state for o in objs]


print(mix([A1(), A2(), A3(), A4(), A1()], 100))


# the right-hand side sets a trace function (run() goes on in the plain words) and clears it
def tracer(frame, event, arg):
    return tracer


def rhs_on():
    sys.settrace(tracer)
    return 1


def rhs_off():
    sys.settrace(None)
    return 2


def toggles(o):
    o.n += rhs_on()
    o.n += 10
    o.n += rhs_off()
    o.n += 100
    return o.n


print(toggles(C()))
print(toggles(C()))


# a walrus rebinding the local in the right-hand side: the store goes to the object first loaded
def walrus(o, other):
    o.n += (o := other).n + 1
    return o


a, b = C(), C()
b.n = 5
print(walrus(a, b) is b, a.n, b.n)


# STORE_FAST x; LOAD_FAST y; attribute operation (the LOAD_FAST fused with the attribute)
class V:
    def __init__(self, i):
        self.determined_by = None if i % 2 else i
        self.constraints = [i, i + 1]

    def total(self):
        return sum(self.constraints)


def consumers(vs):
    out = 0
    for v in vs:
        determining = v.determined_by
        cs = v.constraints
        t = v.total()
        v.mark = t
        out += t + len(cs) + (determining or 0) + v.mark
    return out


print(consumers([V(i) for i in range(200)]))
try:
    consumers([V(1), 5])
except AttributeError as e:
    print('AttributeError', e)
    print_tb()
