# Stress: a bank. Threads move money between accounts, each transfer under the locks of both
# accounts (taken in index order); auditors sum all accounts under every lock. The total is
# conserved in every audit and at the end.
# Usage: bank.py [rounds=200] [threads=4] [transfers=40].
import random
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 40
N = 8

bad = 0
for r in range(rounds):
    accounts = [100] * N
    locks = [threading.Lock() for _ in range(N)]
    audits = []

    def transfer(k):
        rng = random.Random(r * 100 + k)
        for _ in range(per):
            a, b = rng.randrange(N), rng.randrange(N)
            if a == b:
                continue
            lo, hi = min(a, b), max(a, b)
            with locks[lo]:
                with locks[hi]:
                    amount = rng.randrange(1, 20)
                    if accounts[a] >= amount:
                        accounts[a] -= amount
                        accounts[b] += amount

    def audit():
        for _ in range(5):
            for l in locks:
                l.acquire()
            audits.append(sum(accounts))
            for l in reversed(locks):
                l.release()

    ts = [threading.Thread(target=transfer, args=(k,)) for k in range(nthreads)]
    ts.append(threading.Thread(target=audit))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if sum(accounts) != 100 * N or any(a != 100 * N for a in audits) or min(accounts) < 0:
        bad += 1
        print("round", r, "total", sum(accounts), "audits", audits)
print("bank rounds", rounds, "bad", bad)
