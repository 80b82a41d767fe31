# Bound builtin methods compare equal (and hash alike) when the same builtin is bound to the same
# object, though each attribute access makes a new one; other bindings compare unequal.
class C:
    pass


a, b = [], []
print(C.__init_subclass__ == C.__init_subclass__, C.__init_subclass__ is C.__init_subclass__)
print(a.append == a.append, a.append == b.append, a.append != a.append, a.append == a.extend)
print(hash(a.append) == hash(a.append), len({a.append, a.append, b.append}))
print(len.__call__ == len.__call__, 'x'.upper == 'x'.upper, list.append == list.append)
print(object.__init_subclass__ == object.__init_subclass__, C.__init_subclass__ == object.__init_subclass__)
d = {}
print(d.get == d.get, d.get == {}.get, sorted.__call__ == sorted.__call__)
