# Building sets from dicts and dicts from sets (dict.fromkeys) reuses the stored hashes.
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
n = 10
d = dict.fromkeys(map(H, range(n)))
c = lambda: sum(e.hash_count for e in d)
print(c())
s = set(d); print('set', c())
s.difference(d); print('diff', c())
s.symmetric_difference_update(d); print('symdiff', c())
d2 = dict.fromkeys(set(d)); print('fromkeys set', c())
d3 = dict.fromkeys(frozenset(d)); print('fromkeys fs', c())
d3 = dict.fromkeys(frozenset(d), 123); print(c())
fs = frozenset(d); print('fs', c())
