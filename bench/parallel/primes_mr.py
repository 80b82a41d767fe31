# Parallel benchmark: counting primes with deterministic Miller-Rabin, one range per thread.
# Usage: primes_mr.py [threads=4] [limit=200000]. Last line: the checksum (count and sum).
import sys
import threading

BASES = (2, 3, 5, 7, 11, 13, 17)

def is_prime(n):
    if n < 2:
        return False
    for p in BASES:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in BASES:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    results = [None] * nthreads

    def work(i):
        lo = limit * i // nthreads
        hi = limit * (i + 1) // nthreads
        count = 0
        total = 0
        for n in range(lo, hi):
            if is_prime(n):
                count += 1
                total += n
        results[i] = (count, total)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(r[0] for r in results), sum(r[1] for r in results))

main()
