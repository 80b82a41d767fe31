# Two threads each rewrite their own half of one big list (100k items: a large storage array,
# whose STM conflicts are per 32-word card), several times over; the result must be exact. Under
# --workers 2 the halves do not conflict (spec/unit/vm_stm_cards.test.ts counts the aborts).
import threading

N = 100_000
ROUNDS = 4
data = [0] * N


def worker(lo, hi, tag):
    for r in range(ROUNDS):
        for i in range(lo, hi):
            data[i] = data[i] + tag


t1 = threading.Thread(target=worker, args=(0, N // 2, 1))
t2 = threading.Thread(target=worker, args=(N // 2, N, 3))
t1.start()
t2.start()
t1.join()
t2.join()
print(sum(data[:N // 2]), sum(data[N // 2:]))
print(data[0], data[N // 2 - 1], data[N // 2], data[N - 1])
print(len(data), data.count(ROUNDS), data.count(3 * ROUNDS))
