# Parallel benchmark: a word count in two parallel phases (map, then reduce), as one writes it
# for threads that really run in parallel. Phase 1: each thread counts the words of its slice of
# a generated corpus into per-thread dicts, one per share of the key space (hash(word) % n).
# Phase 2: thread i merges share i of every thread's counts into one dict and picks its five
# most frequent words. The main thread then only adds up n lengths and n sums and picks the top
# five of n*5 candidates (the shares are disjoint, so the top five of the union is among them).
# Exercises allocation (strings, dicts) and reading other threads' dicts in parallel.
# (Until 2026-12-02 the main thread merged the n dicts and sorted the merged items itself after
# the joins: 20-25% of the work in serial, which capped the speedup at 1.60-1.67x: bench/NOTES.md.)
# Usage: dict_merge.py [threads=4] [words=200000]. Last line: the checksum.
import sys
import threading

def make_word(i):
    # deterministic pseudo-random words from a small alphabet (a linear congruential sequence)
    x = (i * 1103515245 + 12345) & 0x7fffffff
    letters = []
    for _ in range(3 + x % 4):
        letters.append('abcdefghij'[x % 10])
        x //= 10
    return ''.join(letters)

def top_five(counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]

def run_threads(target, nthreads):
    threads = [threading.Thread(target=target, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    nwords = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    shares_of = [None] * nthreads  # shares_of[i][j]: thread i's counts of the words of share j
    merged = [None] * nthreads     # merged[j]: (distinct words, total count, top five) of share j

    def count(i):
        shares = [{} for _ in range(nthreads)]
        for k in range(nwords * i // nthreads, nwords * (i + 1) // nthreads):
            w = make_word(k)
            counts = shares[hash(w) % nthreads]
            counts[w] = counts.get(w, 0) + 1
        shares_of[i] = shares

    def merge(j):
        total = {}
        for shares in shares_of:
            for w, c in shares[j].items():
                total[w] = total.get(w, 0) + c
        merged[j] = (len(total), sum(total.values()), top_five(total))

    run_threads(count, nthreads)
    run_threads(merge, nthreads)
    distinct = sum(m[0] for m in merged)
    words = sum(m[1] for m in merged)
    candidates = {}
    for m in merged:
        candidates.update(m[2])
    print(distinct, words, top_five(candidates))

main()
