# LOAD_METHOD remembers, per cache entry, a map (inline instance attributes) found not to hold the
# method's name (interp/attr_cache.ts): instances sharing that map hit without the walk; an
# instance that gets the name as an attribute (its map changes, or its __dict__ is written) calls
# the attribute; a collection between calls changes nothing visible.
import gc

class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return ('method', self.a)

ps = [P(i, i) for i in range(6)]
out = []
for rnd in range(3):
    for p in ps:
        out.append(p.m())
    if rnd == 0:
        ps[1].m = lambda: ('attr', 1)
    if rnd == 1:
        ps[3].__dict__['m'] = lambda: ('dict', 3)
        gc.collect()
print(out)
q = P(7, 7)
for i in range(3):
    print(q.m())
    gc.collect()
q.c = 1
print(q.m())
q.m = 'not callable'
try:
    q.m()
except TypeError as e:
    print('TypeError:', e)
del q.m
print(q.m())
