# pickle: self-referencing and shared structures at every protocol: a list holding itself, a
# dict holding itself, a tuple reached again through a list inside it (the memo's POP/POP_MARK
# and GET paths), shared strings, bytes and floats (each written once), and the exact bytes.
import pickle

l = [1, 'x']
l.append(l)
d = {'a': 1}
d['self'] = d
inner = []
t = (inner, 'tail', 1.5)
inner.append(t)
big_t = (inner, 1, 2, 3, 4)
s = 'shared string'
b = b'shared bytes'
shared = [s, s, b, b, (s, b), [s]]
for proto in range(6):
    for obj in (l, d, t, big_t, shared):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, data)
    x = pickle.loads(pickle.dumps(l, proto))
    print(' list', x[2] is x)
    x = pickle.loads(pickle.dumps(d, proto))
    print(' dict', x['self'] is x)
    x = pickle.loads(pickle.dumps(t, proto))
    print(' tuple', x[0][0] is x)
    x = pickle.loads(pickle.dumps(shared, proto))
    print(' shared', x[0] is x[1], x[2] is x[3], x[4][0] is x[0], x[5][0] is x[0])
