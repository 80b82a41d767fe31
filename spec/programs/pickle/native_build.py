# BUILD of a plain instance natively (vm/modules/pickle_load_build.ts): the state dict's items go
# into the instance __dict__ (no property setter or __setattr__ runs, keys interned), and what
# takes the Python path: __setstate__, __setattr__/__getattr__ classes, (state, slotstate)
# pairs, non-str keys, a state that is not a dict (CPython's errors).
import pickle
import sys

class Plain:
    pass

class WithProp:
    calls = 0
    @property
    def p(self):
        return 'property'
    @p.setter
    def p(self, v):
        WithProp.calls += 1
    shadow = 'class attribute'

class Logged:
    def __setattr__(self, k, v):
        print('  __setattr__', k)
        object.__setattr__(self, k, v)

class Lazy:
    def __getattr__(self, k):
        if k == '__setstate__':
            return lambda st: print('  __getattr__ gave __setstate__', st)
        raise AttributeError(k)

class SetState:
    def __setstate__(self, st):
        print('  __setstate__', st)
        self.__dict__.update(st)

class Slotted:
    __slots__ = ('a', '__dict__')

def build(cls, state, proto=2):
    # PROTO, global cls, EMPTY_TUPLE, NEWOBJ, state, BUILD, STOP
    head = pickle.dumps(cls, proto)[:-1]
    return head + b')\x81' + pickle.dumps(state, proto)[2:-1] + b'b.'

p = Plain(); p.a = 1; p.b = [1, 2]
q = pickle.loads(pickle.dumps(p, 4))
print(sorted(q.__dict__.items()), type(q).__name__)
keys = list(q.__dict__)
print([k is sys.intern(k) for k in keys])

w = pickle.loads(build(WithProp, {'p': 5, 'shadow': 'instance', 'other': 3}))
print(w.__dict__ if False else sorted(w.__dict__.items()), w.p, w.shadow, WithProp.calls)

print('Logged:')
l = pickle.loads(build(Logged, {'x': 1, 'y': 2}))
print(sorted(l.__dict__.items()))
print('Lazy:')
z = pickle.loads(build(Lazy, {'x': 1}))
print(z.__dict__)
print('SetState:')
s = pickle.loads(build(SetState, {'x': 1}))
print(s.x)

sl = Slotted(); sl.a = 1; sl.d = 2
t = pickle.loads(pickle.dumps(sl, 2))
print(t.a, t.d)

n = pickle.loads(build(Plain, {1: 'one', 'two': 2}))
print(sorted(n.__dict__.items(), key=repr))
e = pickle.loads(build(Plain, {}))
print(e.__dict__)
nd = pickle.loads(build(Plain, None))
print(nd.__dict__)

for bad in ([('k', 1)], 5, ('x', 'y')):
    try:
        pickle.loads(build(Plain, bad))
    except Exception as ex:
        print(type(ex).__name__, ex)

# an instance attribute __setstate__ arrives in the state: stored, not called
r = pickle.loads(build(Plain, {'__setstate__': 'not called', 'v': 1}))
print(sorted(r.__dict__.items()))
objs = pickle.loads(pickle.dumps([Plain() for _ in range(3)] + [p, p], 4))
print(len(objs), objs[3] is objs[4], objs[3].b)
