# pickle: bound methods of Python classes (instance methods, classmethods, methods of nested
# classes) pickle as (getattr, (self, name)) as CPython's method_reduce does; builtin bound methods
# and unbound builtins pickle too; a PickleBuffer needs protocol 5; REDUCE wants a tuple.
import pickle
class A:
    @classmethod
    def f(cls): return 'f'
    @staticmethod
    def g(): return 'g'
    def h(self): return 'h'
    class N:
        def m(self): return 'm'
for o in (A.f, A.g, A().h, A.h, A.N().m, 'ab'.index, [1, 2].append, len):
    for p in range(6):
        d = pickle.dumps(o, p)
        r = pickle.loads(d)
        print(p, d if p in (0, 4) else len(d))
print(A.f.__reduce__()[1], pickle.loads(pickle.dumps(A.N().m))())
for p in range(5):
    try:
        pickle.dumps(pickle.PickleBuffer(b'ab'), p)
    except pickle.PickleError as e:
        print(type(e).__name__, e)
for data in (b'cbuiltins\nint\n)R.', b'N)R.', b'cbuiltins\nint\nNR.'):
    try:
        print(pickle.loads(data))
    except TypeError as e:
        print('TypeError', e)
# native module functions belong to their module (__module__, __self__), and pickle by name
import math
print(math.log.__module__, math.log.__self__.__name__, math.sqrt.__qualname__, len.__self__.__name__)
print(pickle.loads(pickle.dumps(math.log)) is math.log, pickle.dumps(math.sqrt, 2))
class BadGetattr:
    def __getattr__(self, key):
        self.foo
print([len(pickle.dumps(BadGetattr(), p)) for p in range(2, 6)])
