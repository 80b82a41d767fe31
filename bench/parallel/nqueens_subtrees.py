# Parallel benchmark: N-queens solutions counted by subtree (the columns of the first two rows),
# the subtrees dealt round-robin to the threads.
# (Until 2026-12-05 a subtree was the first row's column alone: at n=13, 13 subtrees over 4
# threads gave thread 0 a fourth one, ~24% more work than the others, which capped any 2-worker
# speedup at 1.91x; the two-row subtrees, 132 at n=13, are dealt within 1% of each other. Same
# searches, same count: bench/NOTES.md "The last points of the 2-worker speedup".)
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
    # the queens of rows 0 and 1 that do not attack each other
    subtrees = [(a, b) for a in range(n) for b in range(n) if b != a and abs(b - a) != 1]

    def work(i):
        total = 0
        if n < 2:
            if i == 0:
                total = count_from(n, 0, set(), set(), set())
        for a, b in subtrees[i::nthreads]:
            total += count_from(n, 2, {a, b}, {a, 1 + b}, {-a, 1 - b})
        counts[i] = total

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(counts))

main()
