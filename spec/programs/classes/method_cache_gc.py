# Method calls on locals (the fused LOAD_FAST + LOAD_METHOD and its cache) across minor and major
# collections: the cache's entries go stale at collections (vm/interp/attr_cache.ts; h32-gen tried
# keeping entries of old objects across minor ones, vm/NOTES.md "h32-gen"), and every answer must
# stay the one CPython gives: instance attributes shadowing a method, methods replaced on the
# class, __dict__ replaced, classes made in a loop, builtin containers' and strs' methods.
import gc


class Acc:
    def __init__(self):
        self.n = 0

    def add(self, v):
        self.n += v
        return self.n


def churn(k):
    # enough young objects for several minor collections
    junk = None
    for i in range(k):
        junk = [i, (i, i + 1), {'a': i}]
    return junk[0]


def steady():
    a = Acc()
    total = 0
    for i in range(3000):
        o = a
        total += o.add(i)
        if i % 500 == 0:
            churn(20000)
        if i == 1500:
            gc.collect()
    return total, a.n


def shadowed():
    a = Acc()
    out = []
    for i in range(6):
        o = a
        out.append(o.add(1))
        churn(15000)
        if i == 2:
            a.add = lambda v: -v
        if i == 4:
            del a.add
    return out


def replaced():
    a = Acc()
    out = []
    for i in range(6):
        o = a
        out.append(o.add(2))
        churn(15000)
        if i == 1:
            Acc.add = lambda self, v: self.n * 100 + v
        if i == 3:
            del Acc.add
            Acc.add = lambda self, v: ('third', v)
    return out


def dict_swapped():
    class D:
        def who(self):
            return 'method'
    d = D()
    out = []
    for i in range(4):
        o = d
        out.append(o.who())
        churn(15000)
        if i == 1:
            d.__dict__ = {'who': lambda: 'attr'}
        if i == 2:
            d.__dict__ = {}
    return out


def made_in_loop():
    out = []
    for i in range(5):
        class C:
            def get(self, j=i):
                return j * 3
        c = C()
        o = c
        out.append(o.get())
        if i % 2 == 0:
            churn(15000)
        out.append(o.get())
    return out


def containers():
    lst, dct, st, s = [], {}, set(), 'a-b-c'
    for i in range(2000):
        l2 = lst
        l2.append(i)
        d2 = dct
        d2.setdefault(i % 7, i)
        s2 = st
        s2.add(i % 11)
        if i % 400 == 0:
            churn(10000)
            gc.collect()
    t = s
    return len(lst), sum(lst), sorted(dct.items()), sorted(st), t.split('-'), t.upper()


print(steady())
print(shadowed())
print(replaced())
print(dict_swapped())
print(made_in_loop())
print(containers())
