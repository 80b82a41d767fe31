# `|`, reflected `|` and `|=` of WeakValueDictionary and WeakKeyDictionary: new dicts of the
# same class, NotImplemented for a non-mapping.
import weakref, gc
class O: pass
a, b = O(), O()
d = weakref.WeakValueDictionary({1: a}); e = d | {2: b}; f = {3: a} | d; d |= {4: b}
print(sorted(e), sorted(f), sorted(d), type(e).__name__, type(f).__name__)
k = weakref.WeakKeyDictionary({a: 1}); k2 = k | {b: 2}; k3 = {b: 3} | k; k |= {b: 4}
print(len(k2), len(k3), len(k), type(k2).__name__, type(k3).__name__, d.__or__([1]))
