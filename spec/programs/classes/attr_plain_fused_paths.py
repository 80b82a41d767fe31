# Plain LOAD_ATTR / STORE_ATTR / LOAD_METHOD (the object on the stack: `f().a`, `x.a.b = v`,
# `x.a.m()`) run the fused cases' inline hit in run() and finish their misses there
# (vm/NOTES.md "h22-objects"): every way such a site misses, the stack under it, the line an
# error is reported at, and the sites hit many times before the class or instance changes.
import dis
import sys


class Leaf:
    kind = 'class kind'

    def __init__(self, v):
        self.value = v

    def twice(self):
        return self.value * 2


class Slot:
    __slots__ = ('value',)

    def twice(self):
        return 'slot twice'


class Prop:
    @property
    def value(self):
        raise KeyError('from the property')

    def twice(self):
        return 'prop twice'


class Lazy:
    def __getattr__(self, name):
        if name == 'value':
            return Box(Leaf(7)).inner.value  # plain loads inside the hook
        raise AttributeError(f'lazy has no {name}')


class Box:
    def __init__(self, inner):
        self.inner = inner

    def get(self):
        return self.inner


def run_loads(boxes):
    out = []
    for b in boxes:
        try:
            out.append(b.get().value)
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
        try:
            out.append(b.get().twice())
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
        try:
            out.append(b.inner.kind)  # class attribute, shadowed by some instances
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    return out


def run_stores(boxes, v):
    out = []
    for b in boxes:
        try:
            b.get().value = v
            b.inner.extra = v  # a new attribute through a plain store
            out.append((b.inner.value, b.inner.extra))
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    return out


leaf = Leaf(1)
shadow = Leaf(2)
shadow.kind = 'instance kind'
shadow.twice = lambda: 'instance twice'  # an instance attribute shadows the method
boxes = [Box(leaf), Box(shadow), Box(Slot()), Box(Prop()), Box(Lazy()), Box(42), Box('s'), Box(leaf)]
for rnd in range(3):
    print(rnd, run_loads(boxes))
    print(rnd, run_stores(boxes, rnd))

# a site hit many times, then the class's method is replaced, then deleted
hot = [Box(Leaf(i)) for i in range(200)]
total = 0
for b in hot:
    total += b.get().twice()
print('hot', total)
Leaf.twice = lambda self: -1
print('replaced', sum(b.get().twice() for b in hot))
del Leaf.twice
try:
    hot[0].get().twice()
except AttributeError as e:
    print('deleted:', e)

# misses with values below on the stack (a comprehension's iterator, a call's arguments)
print([x.inner.value if hasattr(x.inner, 'value') else None for x in boxes[:3]])
try:
    print(len([1, 2]), max(0, boxes[5].inner.value))
except AttributeError as e:
    print('AttributeError:', e)


# the line and the instruction an error at a plain site is reported at (the instruction itself,
# not the one before it: pc is past the plain instruction when its miss runs the generic path)
def where(fn, *args):
    try:
        fn(*args)
    except AttributeError as e:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        ops = [i.opname for i in dis.get_instructions(fn) if i.offset == tb.tb_lasti]
        print(fn.__name__, tb.tb_lineno - fn.__code__.co_firstlineno, ops, e)


def deep(b):
    x = b.get()
    return x, b.get().missing


def deep_store(b):
    x = b.get()
    b.get().nope = x


def deep_method(b):
    x = b.get()
    return b.get().nomethod(x)


where(deep, Box(leaf))
where(deep_store, Box(Slot()))
where(deep_method, Box(leaf))


# a generator whose plain sites miss between its resumptions
def gen(bs):
    for b in bs:
        try:
            yield b.get().value
        except Exception as e:
            yield type(e).__name__


print(list(gen(boxes)))

# module and type attributes through plain sites
print(Box(sys).inner.maxsize > 0, Box(Leaf).inner.kind, Box(int).inner.from_bytes(b'\x01', 'big'))
