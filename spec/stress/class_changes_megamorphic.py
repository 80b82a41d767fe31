# Stress: class changes made on one worker and seen on another through attribute and method sites
# that see more classes than their two cache entries (vm/interp/attr_cache.ts: the overflow
# entries of a site, promoted into and moved out of its second entry). Five subclasses of Base
# go round the same sites: `o.m()` (Base.m, or a subclass's own m), `o.k` (a class attribute),
# `o.v` (an instance attribute) and `o.n += 1` (a store). Each round a thread replaces Base.m,
# Base.k and S3.m, or deletes S3.m (then S3 falls back to Base.m) or gives S4 a data descriptor
# `v`; after joining it, the main thread's warm loops must see exactly that version. A reader
# thread meanwhile goes round the classes in a loop while writers bump the version: the versions
# it sees must never go back. Usage: class_changes_megamorphic.py [rounds=120].
import sys
import threading

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 120


class Base:
    k = 0

    def __init__(self, v):
        self.v = v
        self.n = 0

    def m(self):
        return 0


classes = [type("S%d" % i, (Base,), {}) for i in range(5)]
objs = [c(i) for i, c in enumerate(classes)]


def warm(n=30):
    s = set()
    for _ in range(n):
        for o in objs:
            o.n += 1
            s.add((type(o).__name__, o.m(), o.k, o.v))
    return s


def expect(version, s3_own, s4_desc):
    out = set()
    for i, o in enumerate(objs):
        m = version
        if i == 3 and s3_own:
            m = -version
        v = -1 if (i == 4 and s4_desc) else i
        out.add((type(o).__name__, m, version, v))
    return out


class Desc:
    def __get__(self, obj, typ=None):
        return -1

    def __set__(self, obj, value):
        raise AttributeError("read-only")


def set_version(v):
    Base.m = lambda self: v
    Base.k = v
    classes[3].m = lambda self: -v


def delete_s3_m():
    del classes[3].m


def s4_descriptor(on):
    if on:
        classes[4].v = Desc()
    else:
        del classes[4].v


bad = 0
for r in range(1, rounds + 1):
    warm()
    th = threading.Thread(target=set_version, args=(r,))
    th.start()
    th.join()
    got = warm()
    if got != expect(r, True, False):
        bad += 1
        print('round', r, 'after set: saw', sorted(got))
    if r % 4 == 0:
        th = threading.Thread(target=delete_s3_m)
        th.start()
        th.join()
        got = warm()
        if got != expect(r, False, False):
            bad += 1
            print('round', r, 'after del: saw', sorted(got))
        th = threading.Thread(target=s4_descriptor, args=(True,))
        th.start()
        th.join()
        got = warm()
        if got != expect(r, False, True):
            bad += 1
            print('round', r, 'after descriptor: saw', sorted(got))
        s4_descriptor(False)
        set_version(r)
stores = sum(o.n for o in objs)

# a reader going round the classes while writers move the version forward: never backwards
stop = [False]
seen_back = [0]


def reader():
    last = 0
    while not stop[0]:
        for o in objs:
            v = o.m()
            if v < 0:
                v = -v
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
if warm() != expect(final, True, False):
    bad += 1
print('rounds', rounds, 'bad', bad, 'went back', seen_back[0], 'stores', stores)
