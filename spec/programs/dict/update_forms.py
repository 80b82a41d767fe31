# dict: update from dict, pairs, kwargs, mapping-like objects; dict() constructor forms
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5, a=0)
d.update({'f': 6}, g=7)
print(d)
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d)
print(dict(a=1), dict([(1, 2)], b=3), dict({'k': 'v'}), dict(zip('abc', range(3))))
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
