# Plain LOAD_ATTR / STORE_ATTR (the object on the stack: `f().a`, `x.a.b = v`) run the fused
# attribute case's inline hit test in run() and finish their misses there by the kind
# (vm/NOTES.md "h33-dblue"): hits of two classes at one site, then a third; misses of every
# kind with values under the object on the stack; a property setter and __setattr__ on the store
# path; __slots__ without a __dict__; a trace function set while such sites run (the plain words
# go through the same case); and an uncaught miss with its traceback.
import os
import sys
import traceback


class A:
    def __init__(self, v):
        self.value = v
        self.next = None


class B:
    def __init__(self, v):
        self.other = 0
        self.value = v
        self.next = None


class C:
    def __init__(self, v):
        self.value = v


class Guarded:
    def __init__(self):
        self._v = 0

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError('negative value %d' % v)
        self._v = v


class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __setattr__(self, name, v):
        self.log.append((name, v))
        object.__setattr__(self, name, v)


class Slotted:
    __slots__ = ('value',)


class Holder:
    def __init__(self, inner):
        self.inner = inner

    def get(self):
        return self.inner


def chain_sum(holders):
    t = 0
    for h in holders:
        t += h.get().value  # a plain load after a call
        h.inner.value = h.inner.value + 1  # a plain store and a plain load in a chain
    return t


objs = [A(1), B(2)] * 5
holders = [Holder(o) for o in objs]
print('two classes', chain_sum(holders), chain_sum(holders))
holders.append(Holder(C(100)))  # a third class at the same sites
print('three classes', chain_sum(holders), [h.inner.value for h in holders[-3:]])

# misses: class attributes, a module, an int, a str method, a missing name under values on the stack
A.kind = 'class attr'
print(Holder(A(0)).get().kind, Holder(sys).get().version_info[0] >= 3, Holder(5).get().real)
print(Holder('abc').get().upper())
for o in (A(1), B(2), C(3)):
    try:
        x = [1, 2, Holder(o).get().next]
        print('next of', type(o).__name__, x)
    except AttributeError as e:
        print('AttributeError:', e)

# the store path: a property's setter (and its exception), __setattr__, __slots__ without __dict__
g = Holder(Guarded())
for v in (3, 7, -1, 9):
    try:
        g.inner.value = v
        print('stored', g.inner.value)
    except ValueError as e:
        print('ValueError:', e)
lg = Holder(Logged())
for i in range(3):
    lg.inner.x = i
print('logged', lg.inner.log, lg.inner.x)
s = Holder(Slotted())
s.inner.value = 'slot'
print('slot', s.get().value)
try:
    s.inner.other = 1
except AttributeError as e:
    print('AttributeError:', e)
del s.inner.value
try:
    print(s.get().value)
except AttributeError as e:
    print('AttributeError:', e)

# a trace function set and cleared while the sites run (the plain words take the same case)
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'chain_sum':
        events.append((event, frame.f_lineno - chain_sum.__code__.co_firstlineno))
    return tracer


holders = [Holder(o) for o in (A(1), B(2))]
sys.settrace(tracer)
r = chain_sum(holders)
sys.settrace(None)
print('traced', r, events)
print('untraced', chain_sum(holders))


def deep(h):
    return h.get().missing_name


try:
    print(deep(Holder(A(5))))
except AttributeError:
    # (the file's directory left out: the .exp must not depend on the checkout)
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end='')
Holder(Slotted()).get().missing = 1  # uncaught: a plain store's miss
