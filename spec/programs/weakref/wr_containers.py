# WeakValueDictionary, WeakKeyDictionary and WeakSet lose their entries at the collection that
# finds the object dead (gc.collect() here; CPython frees at `del`, so both print the same).
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Obj({self.n})'


objs = [Obj(i) for i in range(6)]
wv = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wv[f'k{i}'] = o
print(len(wv), sorted(wv), wv['k2'], 'k2' in wv, wv.get('k9', 'none'))
del objs[::2]
gc.collect()
print(len(wv), sorted(wv), 'k2' in wv, wv.get('k2'))
print(sorted(wv.items(), key=lambda kv: kv[0]), sorted(v.n for v in wv.values()))
try:
    wv['k0']
except KeyError as e:
    print('KeyError', e)
print(wv.pop('k1'), len(wv), wv.setdefault('k3', None), len(wv.valuerefs()))
c = wv.copy()
print(type(c).__name__, sorted(c))
extra = Obj(99)
wv.update({'x': extra})
print(sorted(wv), wv.popitem()[0] in ('k3', 'k5', 'x'))

# removal while iterating waits for the end of the iteration
wv2 = weakref.WeakValueDictionary({i: Obj(i) for i in range(3)})
gc.collect()
print(len(wv2), list(wv2.items()))

wk = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(4)]
for k in keys:
    wk[k] = k.n * 10
print(len(wk), sorted(wk.values()), wk[keys[1]], keys[2] in wk, Obj(7) in wk, 5 in wk)
del keys[0]
gc.collect()
print(len(wk), sorted(k.n for k in wk), sorted(wk.values()))
print(wk.pop(keys[0]), len(wk), wk.get(keys[1]), len(wk.keyrefs()), wk.setdefault(keys[2], 0))
wk2 = wk.copy()
keys.clear()
gc.collect()
print(len(wk), len(wk2), list(wk.items()))

ws = weakref.WeakSet()
members = [Obj(i) for i in range(5)]
for m in members:
    ws.add(m)
ws.add(members[0])
print(len(ws), members[3] in ws, Obj(3) in ws, 3 in ws)
m1 = members.pop()
del members[0]
gc.collect()
print(len(ws), sorted(o.n for o in ws))
ws.discard(m1)
print(len(ws))
other = weakref.WeakSet(members[:2])
print(other <= ws, ws >= other, len(ws - other), len(ws | other), len(ws & other), ws == weakref.WeakSet(members))
it_seen = []
for o in ws:
    it_seen.append(o.n)
del o
print(sorted(it_seen))
members.clear()
gc.collect()
print(len(ws), len(other), list(ws))
