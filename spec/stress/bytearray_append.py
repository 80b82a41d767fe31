# Stress: threads append to one shared bytearray (ba.append and ba += bytes, no lock: each is
# one operation, atomic in CPython) while others increment their own far-apart bytes of its
# first 8 KiB (a large storage: card-granular writes) as the appends grow and move the storage
# (several KiB appended per round: past the storage's spare room).
# After each round: the length is the start plus every append, each appender's byte occurs
# exactly as often as it appended, and every counted byte equals the number of passes (an
# increment written into a storage an append had already replaced would be lost).
# Usage: bytearray_append.py [rounds=200] [threads=4].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
PREFIX = 8192
APPENDS = 150
CHUNK = 32  # bytes of one `+=` (an append adds 1): the storage must grow, and move, each round
PASSES = 12
STRIDE = 512  # counted bytes of one counter thread are this far apart (different cards)

bad = 0
for r in range(rounds):
    ba = bytearray(PREFIX)

    def appender(k):
        tag = 200 + k
        mine = ba  # (`ba += ...` here would make ba a local; `mine +=` extends the shared object)
        for i in range(APPENDS):
            if i % 2:
                mine.append(tag)
            else:
                mine += bytes([tag]) * CHUNK

    def counter(k):
        for p in range(PASSES):
            for i in range(k * 7 + r % 5, PREFIX, STRIDE):
                ba[i] = ba[i] + 1

    half = max(1, nthreads // 2)
    ts = [threading.Thread(target=appender, args=(k,)) for k in range(half)]
    ts += [threading.Thread(target=counter, args=(k,)) for k in range(nthreads - half)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    problems = []
    per = (APPENDS // 2) * (CHUNK + 1)
    if len(ba) != PREFIX + half * per:
        problems.append(('length', len(ba)))
    tail = ba[PREFIX:]
    for k in range(half):
        if tail.count(200 + k) != per:
            problems.append(('appender', k, tail.count(200 + k)))
    for k in range(nthreads - half):
        for i in range(k * 7 + r % 5, PREFIX, STRIDE):
            if ba[i] != PASSES:
                problems.append(('byte', i, ba[i]))
    if problems:
        bad += 1
        print('round', r, problems[:4])
print('bytearray_append: bad', bad)
