# pickle in 4 threads at once: each thread dumps and loads its own nested data (lists, dicts,
# tuples, strs, floats, objects through __reduce_ex__) 5 rounds at 4 protocols and
# checks the round trip and the exact bytes against the first thread's result for the same
# data; prints the totals after join.
import pickle
import threading


class Item:
    def __init__(self, n):
        self.n = n
        self.tags = ('t', n % 3)

    def __eq__(self, other):
        return type(other) is Item and other.n == self.n and other.tags == self.tags


def make(seed):
    return [{'id': i, 'name': 'n%d' % (i % 7), 'vals': [i * 0.5, (i, str(i))], 'item': Item(i)}
            for i in range(seed, seed + 60)]


expected = {}
for proto in (0, 2, 4, 5):
    expected[proto] = pickle.dumps(make(10), proto)

results = [0] * 4
bad = [0] * 4


def work(k):
    for rnd in range(5):
        for proto in (0, 2, 4, 5):
            data = make(10)
            s = pickle.dumps(data, proto)
            if s != expected[proto] or pickle.loads(s) != data:
                bad[k] += 1
            results[k] += 1


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('runs', sum(results), 'bad', sum(bad))
