# Stress: class changes made on one worker and seen on another through the inline caches
# (LOAD_METHOD, LOAD_ATTR, STORE_ATTR keep entries per worker, tagged with a class epoch that
# other workers learn of when their snapshot moves past the commit; vm/objects/type_core.ts).
# Each round a thread replaces C.m, C.k and C.prop, or deletes C.m (then C.m falls back to the
# base class); after joining it, the main thread's warm loops must see exactly that version. A
# reader thread meanwhile calls o.m() in a loop while writers bump the version: the versions it
# sees must never go back (a later transaction of one thread never sees an older class). A stale
# cache entry (a method deleted on another worker still called) fails the run.
# Usage: class_changes.py [rounds=150].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 150


class Base:
    def m(self):
        return -1


class C(Base):
    k = 0

    def m(self):
        return 0

    @property
    def prop(self):
        return 0


o = C()


def warm(n=40):
    # the same sites, hot: a method call, a class attribute load, a property
    s = set()
    for _ in range(n):
        s.add((o.m(), o.k, o.prop))
    return s


def set_version(v):
    C.m = lambda self: v
    C.k = v
    C.prop = property(lambda self: v)


def delete_m():
    del C.m


bad = 0
for r in range(1, rounds + 1):
    warm()
    th = threading.Thread(target=set_version, args=(r,))
    th.start()
    th.join()
    got = warm()
    if got != {(r, r, r)}:
        bad += 1
        print('round', r, 'after set: saw', sorted(got))
    if r % 5 == 0:
        th = threading.Thread(target=delete_m)
        th.start()
        th.join()
        got = warm()
        if got != {(-1, r, r)}:
            bad += 1
            print('round', r, 'after del: saw', sorted(got))
        set_version(r)

# a reader in a loop while writers move the version forward: never backwards
stop = [False]
seen_back = [0]


def reader():
    last = 0
    while not stop[0]:
        v = o.m()
        if v < last:
            seen_back[0] += 1
        last = v


def writer(lo, hi):
    for v in range(lo, hi):
        set_version(v)


set_version(rounds + 1)
rd = threading.Thread(target=reader)
rd.start()
for i in range(20):
    w = threading.Thread(target=writer, args=(rounds + 2 + i * 10, rounds + 12 + i * 10))
    w.start()
    w.join()
stop[0] = True
rd.join()
final = rounds + 11 + 19 * 10
if warm() != {(final, final, final)}:
    bad += 1
print('rounds', rounds, 'bad', bad, 'went back', seen_back[0])
