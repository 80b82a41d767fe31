# Parallel benchmark: N-queens solutions counted by subtree (the first row's column), the
# subtrees dealt round-robin to the threads.
# Usage: nqueens_subtrees.py [threads=4] [n=9]. Last line: the checksum (solution count).
import sys
import threading

def count_from(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        total += count_from(n, row + 1, cols, diag1, diag2)
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)
    return total

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    counts = [0] * nthreads

    def work(i):
        total = 0
        for c in range(i, n, nthreads):
            total += count_from(n, 1, {c}, {c}, {-c})
        counts[i] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(counts))

main()
