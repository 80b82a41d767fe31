# Stress: a bare collections.deque shared as a work queue, relying on each call being atomic
# (as CPython's C deque): the main thread fills it, then three consumers popleft until empty
# (`try: x = d.popleft() except IndexError`) while two producers append more items, a third
# appendlefts, and a mixer thread rotates the deque back and forth (rotation keeps every item);
# every item must be taken exactly once (duplicates and losses counted). The Python deque of
# lib/collections (before the native one) had safe points inside its methods (rotate, the
# buffer growth of append: calls), so a transaction boundary or a thread switch could fall
# inside one and another thread's popleft or append was undone: it failed at --workers 4 with
# PYSTM_SWITCH_TICKS=50. Usage: shared_deque.py [items per producer=3000].
import sys
import threading
from collections import deque

per = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
PRODUCERS = 3
first = per  # the items filled beforehand: 0 .. first-1
total = first + PRODUCERS * per
d = deque(range(first))
taken = [[] for _ in range(3)]
done = threading.Event()


def producer(k):
    base = first + k * per
    for i in range(base, base + per):
        if k == 2:
            d.appendleft(i)
        else:
            d.append(i)


def consumer(mine):
    while True:
        try:
            mine.append(d.popleft())
        except IndexError:
            if done.is_set() and not d:
                return


def mixer():
    while not done.is_set():
        d.rotate(1)
        d.rotate(-2)
        d.rotate(1)


consumers = [threading.Thread(target=consumer, args=(taken[j],)) for j in range(3)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(PRODUCERS)]
mixers = [threading.Thread(target=mixer)]
for t in consumers + producers + mixers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in consumers + mixers:
    t.join()
counts = [0] * total
junk = 0  # anything popped that no producer put there (an emptied slot: None)
for mine in taken:
    for x in mine:
        if type(x) is int and 0 <= x < total:
            counts[x] += 1
        else:
            junk += 1
dups = sum(c - 1 for c in counts if c > 1)
lost = sum(1 for c in counts if c == 0)
print('items', total, 'dups', dups, 'lost', lost, 'junk', junk, 'left', len(d), 'bad', dups + lost + junk + len(d))
