# Stress: long transactions that hold locks beside inevitable ones (stmgc/NOTES.md "Inevitable":
# becoming inevitable no longer aborts the other lock holders). Every round a sorter thread sorts
# a shared list with a key function (one builtin call: one long transaction holding what it
# wrote), a writer thread fills a shared dict under a Lock, and the main thread meanwhile starts
# and joins short threads and waits with timeouts (each start, end, join and timed wait is an
# inevitable transaction that changes thread states, the run queue, the timer list and lock
# waiter lists without barriers). Checked every round: the sort is right, every short thread ran
# once, the dict holds every key once. Usage: inevitable_holders.py [rounds=30] [n=6000].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
n = int(sys.argv[2]) if len(sys.argv) > 2 else 6000

bad = 0
for r in range(rounds):
    data = [(i * 7919 + r) % 10007 for i in range(n)]
    out = []
    shared = {}
    lock = threading.Lock()
    ran = []
    ev = threading.Event()

    def sorter():
        out.append(sorted(data, key=lambda v: (v % 100, v)))

    def writer():
        for i in range(n // 10):
            with lock:
                shared[i] = shared.get(i, 0) + 1
        ev.set()

    def short(k):
        with lock:
            ran.append(k)

    threads = [threading.Thread(target=sorter), threading.Thread(target=writer)]
    for t in threads:
        t.start()
    k = 0
    while k < 6 or (k < 40 and threads[0].is_alive()):
        u = threading.Thread(target=short, args=(k,))
        u.start()
        ev.wait(0.0005)
        u.join()
        k += 1
    for t in threads:
        t.join()
    key = lambda v: (v % 100, v)
    s = out[0] if len(out) == 1 else []
    if len(s) != n or any(key(s[i]) > key(s[i + 1]) for i in range(n - 1)) or sorted(s) != sorted(data):
        bad += 1
    if sorted(ran) != list(range(k)):
        bad += 1
    if len(shared) != n // 10 or any(v != 1 for v in shared.values()):
        bad += 1

print(f"inevitable_holders rounds {rounds} bad {bad}")
