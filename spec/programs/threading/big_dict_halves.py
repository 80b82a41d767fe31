# Two threads each update their own half of the keys of one big dict (20k entries: a large
# entries vector, whose values conflict per 32-word card), several times over; the result must
# be exact. Under --workers 2 the halves do not conflict (spec/unit/vm_stm_cards.test.ts).
import threading

N = 20_000
ROUNDS = 5
counts = {k: 0 for k in range(N)}


def worker(lo, hi, step):
    for r in range(ROUNDS):
        for k in range(lo, hi):
            counts[k] += step


t1 = threading.Thread(target=worker, args=(0, N // 2, 1))
t2 = threading.Thread(target=worker, args=(N // 2, N, 2))
t1.start()
t2.start()
t1.join()
t2.join()
print(len(counts), sum(counts.values()))
print(counts[0], counts[N // 2 - 1], counts[N // 2], counts[N - 1])
print(sorted(set(counts.values())))
