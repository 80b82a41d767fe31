# Stress: one big bytearray (large storage: conflicts per 128-byte card) written by several
# threads. Each round: the threads increment interleaved bytes (every card written by every
# thread: those conflicts must be caught, or an increment is lost) and their own far-apart
# region; a pair of far-apart bytes is set together under a lock while a reader checks, under
# the same lock, that they are equal. After each round every interleaved byte equals the number
# of passes, every region byte its owner's count, and the reader saw no torn pair.
# Usage: bytearray_cards.py [rounds=200] [threads=4].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
SHARED = 1024            # interleaved bytes at the front (8 cards)
REGION = 1024            # each thread's own bytes after them (8 cards)
PASSES = 3
big = bytearray(SHARED + REGION * nthreads + 2048)
lock = threading.Lock()
NEAR = SHARED + REGION * nthreads  # the pair: two bytes in different cards, after the rest
FAR = len(big) - 1

bad = 0
for r in range(rounds):
    for i in range(len(big)):
        big[i] = 0
    torn = []

    def writer(k):
        for p in range(PASSES):
            for i in range(k, SHARED, nthreads):
                big[i] = big[i] + 1
            base = SHARED + k * REGION
            for i in range(base + (r % 7), base + REGION, 61):
                big[i] = (big[i] + 1) & 255
            with lock:
                big[NEAR] = big[FAR] = (k * 16 + p) & 255

    def reader():
        for _ in range(20):
            with lock:
                if big[NEAR] != big[FAR]:
                    torn.append((big[NEAR], big[FAR]))

    ts = [threading.Thread(target=writer, args=(k,)) for k in range(nthreads)]
    ts.append(threading.Thread(target=reader))
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    wrong = [i for i in range(SHARED) if big[i] != PASSES]
    for k in range(nthreads):
        base = SHARED + k * REGION
        for i in range(base, base + REGION):
            want = PASSES if (i - base - (r % 7)) % 61 == 0 and i >= base + (r % 7) else 0
            if big[i] != want:
                wrong.append(i)
    if wrong or torn:
        bad += 1
        print('round', r, 'wrong bytes', wrong[:5], 'torn', torn[:3])
print('bytearray_cards: bad', bad)
