# Parallel benchmark: each thread builds its own word-count dict over a slice of a generated
# corpus, then the main thread merges them. Exercises allocation (strings, dicts) in parallel.
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

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    nwords = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    parts = [None] * nthreads

    def work(i):
        counts = {}
        for k in range(nwords * i // nthreads, nwords * (i + 1) // nthreads):
            w = make_word(k)
            counts[w] = counts.get(w, 0) + 1
        parts[i] = counts

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    merged = {}
    for part in parts:
        for w, c in part.items():
            merged[w] = merged.get(w, 0) + c
    top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(merged), sum(merged.values()), top)

main()
