# Stress: threads build strings with += (str builders, vm/objects/str_builder.ts): each its own
# local string, one shared string under a Lock (exact: every piece once, each thread's in order),
# one shared string without a lock (updates may be lost, as in CPython, but every piece there is
# whole, at most once, each thread's in order: no two appends ever share a buffer's spare room),
# and each thread's own extensions of snapshots of the shared string (a view another thread
# made; the snapshot itself must never change), and, released together by a Barrier, each its
# own extensions of one fresh string the main thread built (a buffer with spare room that only
# its maker may append to in place: the others must copy, never race for the room).
# Usage: str_append.py [rounds=100] [threads=4] [pieces=150].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
nthreads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
per = int(sys.argv[3]) if len(sys.argv) > 3 else 150

def piece(k, i):
    return '<%d:%d' % (k, i) + '.' * (i % 7) + '>'

def parse(s):
    out = []
    for part in s.split('>'):
        if part == '':
            continue
        if not part.startswith('<'):
            return None
        body = part[1:].rstrip('.')
        k, _, i = body.partition(':')
        if not k.isdigit() or not i.isdigit() or part != '<' + body + '.' * (int(i) % 7):
            return None
        out.append((int(k), int(i)))
    return out

bad = 0
for r in range(rounds):
    locked = ''
    loose = ''
    lock = threading.Lock()
    own = [None] * nthreads
    ext = [None] * nthreads
    fresh = []
    for j in range(100):
        x = ''.join(['fresh-%d-%d-' % (r, j)] * 25)
        fresh.append(x + '|')
    fresh_text = [x[:] for x in fresh]
    start = threading.Barrier(nthreads)
    firsts = [None] * nthreads

    def work(k):
        global locked, loose
        mine = ''
        extended = []
        start.wait()
        fs = []
        for x in fresh:
            f = x + piece(k, 0)
            fs.append((f, f + piece(k, 1)))
        firsts[k] = fs
        for i in range(per):
            p = piece(k, i)
            mine += p
            with lock:
                locked += p
            loose += p
            if i % 50 == 25:
                snap = loose
                before = snap[:]
                grown = snap
                for j in range(20):
                    grown += piece(k, 1000 + j)
                extended.append((snap, before, grown))
        own[k] = mine
        ext[k] = extended

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for k in range(nthreads):
        if fresh != fresh_text or firsts[k] != [(x + piece(k, 0), x + piece(k, 0) + piece(k, 1)) for x in fresh_text]:
            bad += 1
            print('round', r, 'thread', k, 'extension of the shared fresh string wrong')
        if own[k] != ''.join(piece(k, i) for i in range(per)):
            bad += 1
            print('round', r, 'thread', k, 'own string wrong')
        for snap, before, grown in ext[k]:
            if snap != before or grown != before + ''.join(piece(k, 1000 + j) for j in range(20)):
                bad += 1
                print('round', r, 'thread', k, 'snapshot changed or extension wrong')
    got = parse(locked)
    if got is None or sorted(got) != [(k, i) for k in range(nthreads) for i in range(per)]:
        bad += 1
        print('round', r, 'locked string wrong', len(locked))
    else:
        for k in range(nthreads):
            if [i for (kk, i) in got if kk == k] != list(range(per)):
                bad += 1
                print('round', r, 'locked order wrong for', k)
    got = parse(loose)
    if got is None or len(set(got)) != len(got):
        bad += 1
        print('round', r, 'loose string torn or duplicated')
    else:
        for k in range(nthreads):
            mine = [i for (kk, i) in got if kk == k]
            if mine != sorted(mine) or (mine and mine[-1] >= per):
                bad += 1
                print('round', r, 'loose order wrong for', k)
print('str_append rounds', rounds, 'bad', bad)
