# Attribute loads and stores whose object is on the stack, not a local (`self.a.b`, `f().x = v`,
# `o.p.q += 1`): plain LOAD_ATTR/STORE_ATTR through the instance caches (interp/attr_cache.ts; an
# inline hit in run() for them was tried, vm/NOTES.md "h20-hot"): every way such a site must miss.


class Leaf:
    def __init__(self, v):
        self.value = v
        self.other = -v


class Slot:
    __slots__ = ('value', 'other')

    def __init__(self, v):
        self.value = v


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def value(self):
        return self._v * 10

    @value.setter
    def value(self, x):
        self._v = x + 1


class Hooked:
    def __getattr__(self, name):
        return 'missing ' + name

    def __setattr__(self, name, v):
        object.__setattr__(self, name, ('set', v))


class Frozen:
    __slots__ = ()


class Node:
    def __init__(self, child):
        self.child = child

    def get(self):
        return self.child


def reads(nodes):
    out = []
    for n in nodes:
        try:
            out.append(n.get().value)  # plain LOAD_ATTR after a call
        except AttributeError as e:
            out.append('AttributeError: ' + str(e))
    return out


def writes(nodes, v):
    out = []
    for n in nodes:
        try:
            n.get().value = v  # plain STORE_ATTR after a call
            out.append(n.child.value)
        except AttributeError as e:
            out.append('AttributeError: ' + str(e))
    return out


leaf = Leaf(1)
nodes = [Node(leaf), Node(Leaf(2)), Node(Slot(3)), Node(Prop()), Node(Hooked()), Node(Frozen()), Node(leaf)]
for rnd in range(3):
    print(rnd, reads(nodes))
    print(rnd, writes(nodes, rnd * 100))

# a site hit many times, then the instance's attributes change under it
chain = [Node(Leaf(i)) for i in range(50)]
print(sum(n.child.value for n in chain))
for i, n in enumerate(chain):
    n.child.value = i * 2  # plain store, then load
print(sum(n.child.value for n in chain))
del chain[3].child.value
try:
    print([n.child.value for n in chain][:5])
except AttributeError as e:
    print('AttributeError:', e)
chain[4].child.__dict__['value'] = 'via dict'
chain[5].child.extra = 1  # another map for this one
chain[6].child.__class__ = Slot.__mro__[0] if False else type('Other', (Leaf,), {})
print([n.child.value for n in chain[4:8]])
Leaf.value = property(lambda self: 'class property')
print([n.child.value for n in chain[4:8]])
del Leaf.value
print([n.child.value for n in chain[4:8]])

# module and class objects on the stack
import math
class K:
    attr = 'class attr'
class Holder:
    mod = math
    cls = K
h = Holder()
print(h.mod.pi, h.cls.attr)
h.cls.attr = 'changed'
print(K.attr)
try:
    h.mod.nothere
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).real = 2
except AttributeError as e:
    print('AttributeError:', e)


# augmented assignment on a nested attribute: LOAD_ATTR, COPY, STORE_ATTR (plain)
class Counter:
    def __init__(self):
        self.inner = Leaf(0)


c = Counter()
for i in range(1000):
    c.inner.value += i
print(c.inner.value)
s = Counter()
s.inner = Slot(5)
for i in range(10):
    s.inner.value += 1
print(s.inner.value)
