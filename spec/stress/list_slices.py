# Stress: slices of shared lists (the fused slice instructions, interp/slice_ops.ts). Each
# writer owns a region of list A and reverses prefixes of it in place without a lock
# (`A[lo:lo + k] = A[lo + k - 1:lo - 1:-1]` and by a tuple: equal-length stores); one writer
# also opens and closes a block of markers in list B under a lock (`B[i:i] = M`, `B[i:i + 3] = []`:
# length-changing stores). Readers copy both without a lock (`A[:]`, `A[::-1]`, `B[:]`,
# `B[::-2]`) and check every copy: each region of A a permutation of its own values (no torn or
# lost store), B the numbers 0..n-1 in some order with at most one whole marker block.
# Usage: list_slices.py [rounds=100] [writers=2] [readers=2] [iterations=30].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
nw = int(sys.argv[2]) if len(sys.argv) > 2 else 2
nr = int(sys.argv[3]) if len(sys.argv) > 3 else 2
per = int(sys.argv[4]) if len(sys.argv) > 4 else 30
R = int(sys.argv[5]) if len(sys.argv) > 5 else 9  # items a region
NB = 24
M = [-1, -2, -3]

def check_a(c, bad):
    if len(c) != nw * R:
        bad.append(('len', len(c)))
        return
    for k in range(nw):
        if sorted(c[k * R:(k + 1) * R]) != list(range(k * R, (k + 1) * R)):
            bad.append(('region', k, c[k * R:(k + 1) * R]))

def check_b(c, bad, ordered=True):
    rest = [x for x in c if x >= 0]
    marks = [i for i, x in enumerate(c) if x < 0]
    if sorted(rest) != list(range(NB)):
        bad.append(('b', c))
    elif not marks:
        pass
    elif ordered and ([c[i] for i in marks] != M or marks[-1] - marks[0] != 2):
        bad.append(('marks', c))
    elif sorted(c[i] for i in marks) != sorted(M):
        bad.append(('marks', c))

total_bad = 0
for r in range(rounds):
    A = list(range(nw * R))
    B = list(range(NB))
    lock = threading.Lock()
    bad = []

    def write(k):
        lo = k * R
        for i in range(per):
            n = 2 + (i * 7919 + k) % (R - 1)
            if i % 3 == 2:
                A[lo:lo + n] = tuple(A[lo + n - 1:lo - 1:-1]) if lo else tuple(A[n - 1::-1])
            elif lo:
                A[lo:lo + n] = A[lo + n - 1:lo - 1:-1]
            else:
                A[:n] = A[n - 1::-1]
            if k == 0:
                j = (i * 5) % (NB - 1)
                with lock:
                    B[j:j] = M
                    B[j:j + 3] = []
                    B[j:j + 2] = B[j + 1:j - 1 if j else None:-1]

    def read():
        for i in range(per):
            check_a(A[:], bad)
            check_a(A[::-1][::-1], bad)
            check_b(B[:], bad)
            check_b(B[::-2] + B[-2::-2], bad, False)

    ts = [threading.Thread(target=write, args=(k,)) for k in range(nw)]
    ts += [threading.Thread(target=read) for k in range(nr)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    check_a(A, bad)
    check_b(B, bad)
    if bad:
        total_bad += 1
        print("round", r, bad[:3])
print("list_slices rounds", rounds, "bad", total_bad)
