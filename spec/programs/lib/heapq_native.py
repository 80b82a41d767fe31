# _heapq (native): CPython's sift order on small and large heaps, max-heap helpers, errors and a heap resized by a comparison.
import heapq, random
print(heapq.heappush.__module__, heapq.heapify.__name__)
random.seed(5)
for n in [0, 1, 2, 7, 100, 3000, 6001]:
    data = [random.randrange(1000) for _ in range(n)]
    h = data[:]; heapq.heapify(h)
    m = data[:]; heapq._heapify_max(m)
    print(n, hash(tuple(h)), hash(tuple(m)))
    out = [heapq.heappop(h) for _ in range(min(n, 50))]
    print(out == sorted(data)[:len(out)], hash(tuple(h)))
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heapreplace(h, 7), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 4), h)
m = [9, 5, 8, 1]; print(heapq._heappop_max(m), m, heapq._heapreplace_max(m, 3), m)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, 'hello'), list(heapq.merge([1, 4], [2, 3])))
class C:
    def __init__(self, v, heap=None): self.v = v; self.heap = heap
    def __lt__(self, o):
        if self.heap is not None: self.heap.clear()
        return self.v < o.v
for bad in [lambda: heapq.heappush(None, 1), lambda: heapq.heappop(()), lambda: heapq.heappop([]),
            lambda: heapq.heapify(1), lambda: heapq.heappush([]), lambda: heapq.heappop(),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 1, x=1),
            lambda: heapq.heappush([1, 'a'][:1], 'a'), lambda: heapq._heapify_max(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
hh = []
h2 = [C(1), C(2), C(3, hh)]
hh.extend(h2)
try:
    heapq.heappush(hh, C(0))
except Exception as e:
    print(type(e).__name__, e)
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 0))
