# collections: Counter, defaultdict, deque, namedtuple, OrderedDict.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.pop(), dq.popleft())
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x + p.y, p._replace(x=5), P._fields)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
