# list(d), set(d), tuple(d), [*d] and sorted(d) of dicts longer than one chunk (4096 entries):
# an exact dict's keys are read from its entries (dict_core.ts dictKeys, list_core.ts
# listExtend); holes left by deletions, str and mixed keys, subclasses that define __iter__, and
# keys whose __hash__/__eq__ run Python code while set(d) adds them.
n = 10000
d = {i: -i for i in range(n)}
for i in range(0, n, 3):
    del d[i]
d[0] = 'back'        # re-added at the end
print(len(d), list(d)[:4], list(d)[-3:], len(set(d)), tuple(d)[:3], [*d][-2:])
print(sorted(d)[:3] == [0, 1, 2], sum(d) == sum(set(d)))
s = {str(i): i for i in range(n)}
s.pop('5000')
print(len(list(s)), list(s)[4998:5001], len(set(s)), sorted(s)[:3])
mixed = {}
for i in range(n):
    mixed[i if i % 2 else str(i)] = i
print(list(mixed)[:4], len(set(mixed)), len(tuple(mixed)))

class Rev(dict):
    def __iter__(self):
        return reversed(list(dict.__iter__(self)))
r = Rev((i, i) for i in range(n))
print(list(r)[:3], tuple(r)[-2:], sorted(r)[:2], [*r][:2])

class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls += 1
        return self.v % 100
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
keys = {Key(i): i for i in range(5000)}
before = Key.calls
ks = set(keys)
print(len(ks), Key.calls - before)   # set(d) takes the stored hashes: no __hash__ call
print(sorted(k.v for k in ks)[:3], len(list(keys)))
empty = {}
print(list(empty), set(empty), tuple(empty))
big = dict.fromkeys(range(100000))
print(len(list(big)), list(big)[-1], len(set(big)), list(big) == list(range(100000)))
