# Stress: a bare list shared as a priority queue with heapq (no lock), relying on each heappush,
# heappop and heappushpop call being atomic, as CPython's C _heapq under the GIL (and pystm's
# native _heapq: one call runs no bytecode when the items are ints). Three producers push
# distinct ints while three consumers pop until the producers are done and the heap is empty,
# one of them with heappushpop of a fresh block of items; every item must come out exactly once.
# Usage: shared_heapq.py [items per producer=3000].
import heapq
import sys
import threading

per = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
PRODUCERS = 3
first = per
total = first + PRODUCERS * per + per  # the last block: pushed by the heappushpop consumer
heap = list(range(first))
heapq.heapify(heap)
taken = [[] for _ in range(3)]
done = threading.Event()


def producer(k):
    base = first + k * per
    for i in range(base, base + per):
        heapq.heappush(heap, i)


def consumer(j):
    mine = taken[j]
    extra = iter(range(first + PRODUCERS * per, total)) if j == 0 else None
    while True:
        if extra is not None:
            x = next(extra, None)
            if x is not None:
                mine.append(heapq.heappushpop(heap, x))
                continue
            extra = None
        try:
            mine.append(heapq.heappop(heap))
        except IndexError:
            if done.is_set() and not heap:
                return


consumers = [threading.Thread(target=consumer, args=(j,)) for j in range(3)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in consumers:
    t.join()
counts = [0] * total
junk = 0
for mine in taken:
    for x in mine:
        if type(x) is int and 0 <= x < total:
            counts[x] += 1
        else:
            junk += 1
dups = sum(c - 1 for c in counts if c > 1)
lost = sum(1 for c in counts if c == 0)
print('items', total, 'dups', dups, 'lost', lost, 'junk', junk, 'left', len(heap), 'bad', dups + lost + junk + len(heap))
