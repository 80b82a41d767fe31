# bench/micro/str_hash.py: work dominated by hashing strs and bytes (h20-conf: CPython's siphash13,
# computed on first use, instead of FNV at creation): dicts and sets keyed by fresh strs (each key
# hashed once), repeated lookups with the same key objects (cached hash), word counting, tuple keys
# of strs (a tuple hash takes each str's full 64-bit hash), bytes keys, long keys, and strs built
# and never hashed (which no longer pay for a hash). Last line: a checksum.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

def fresh_keys(n):
    d = {}
    for i in range(n):
        d['key' + str(i)] = i
    t = 0
    for i in range(n):
        t += d['key' + str(i)]
    return t

def same_keys(n):
    keys = ['name%d' % i for i in range(200)]
    d = dict.fromkeys(keys, 1)
    t = 0
    for _ in range(n // 100):
        for k in keys:
            t += d[k]
    return t

def word_count(n):
    text = ' '.join('w%d' % (i % 997) for i in range(n))
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return len(counts) + len(set(text.split()))

def tuple_keys(n):
    d = {}
    for i in range(n // 4):
        d[('a%d' % (i % 100), 'b%d' % i)] = i
    return sum(d[('a%d' % (i % 100), 'b%d' % i)] for i in range(n // 4))

def bytes_keys(n):
    s = set()
    for i in range(n // 2):
        s.add(b'k' + str(i % 5000).encode())
    return len(s)

def long_keys(n):
    base = 'x' * 200
    d = {}
    for i in range(n // 10):
        d[base + str(i)] = i
    return len(d)

def unhashed(n):
    t = 0
    for i in range(n):
        s = 'item ' + str(i) + ' of ' + str(n)
        t += len(s.upper())
    return t

total = fresh_keys(n) + same_keys(n) + word_count(n) + tuple_keys(n) + bytes_keys(n) + long_keys(n) + unhashed(n)
print(total)
