# memoryview_ops: ns per memoryview operation (item access, slicing, len, tobytes, iteration,
# creation), each in isolation, as bench/micro_ops.py: the op written 4 times in the body of a
# `for i in range(n)` loop, the empty loop's time subtracted, the rest divided by 4n;
# time.process_time, min of ROUNDS rounds in one process. Runs under python3 and bin/pystm:
#   python3 bench/memoryview_ops.py [N] [ROUNDS] [OP,OP...];  bin/pystm bench/memoryview_ops.py ...
# (OPs: only those, e.g. for instruction counts under valgrind --tool=cachegrind.)
# Output: one "name  ns" line per op (stable names: compare two builds line by line).
import sys
import time

DATA = bytes(range(64))


def base(n):
    for i in range(n):
        pass


def get_bytes(n):  # mv[i] of a bytes view ('B')
    mv = memoryview(DATA)
    for i in range(n):
        mv[3]; mv[5]; mv[-1]; mv[7]


def get_bytearray(n):  # mv[i] of a bytearray view
    mv = memoryview(bytearray(DATA))
    for i in range(n):
        mv[3]; mv[5]; mv[-1]; mv[7]


def set_bytearray(n):  # mv[i] = x into a bytearray
    mv = memoryview(bytearray(DATA))
    for i in range(n):
        mv[3] = 7; mv[5] = 9; mv[-1] = 200; mv[7] = 0


def get_int32(n):  # mv[i] of a cast('i') view
    mv = memoryview(bytearray(DATA)).cast('i')
    for i in range(n):
        mv[3]; mv[5]; mv[-1]; mv[7]


def set_int32(n):  # mv[i] = x into a cast('i') view
    mv = memoryview(bytearray(DATA)).cast('i')
    for i in range(n):
        mv[3] = 7; mv[5] = -9; mv[-1] = 100000; mv[7] = 0


def get_double(n):  # mv[i] of a cast('d') view
    mv = memoryview(bytearray(DATA)).cast('d')
    for i in range(n):
        mv[3]; mv[5]; mv[-1]; mv[7]


def slice_bytes(n):  # mv[a:b] of a bytes view
    mv = memoryview(DATA)
    for i in range(n):
        mv[2:10]; mv[4:]; mv[:8]; mv[1:9]


def slice_bytearray(n):  # mv[a:b] of a bytearray view (one more live view each)
    mv = memoryview(bytearray(DATA))
    for i in range(n):
        mv[2:10]; mv[4:]; mv[:8]; mv[1:9]


def length(n):  # len(mv)
    mv = memoryview(DATA)
    for i in range(n):
        len(mv); len(mv); len(mv); len(mv)


def tobytes(n):  # mv.tobytes() of 16 bytes
    mv = memoryview(DATA)[8:24]
    for i in range(n):
        mv.tobytes(); mv.tobytes(); mv.tobytes(); mv.tobytes()


def iterate(n):  # per item of iterating a 16-byte view (4 items per op: 64 per loop)
    mv = memoryview(DATA)[:16]
    for i in range(n):
        for x in mv:
            pass


def new_bytes(n):  # memoryview(bytes)
    b = DATA
    for i in range(n):
        memoryview(b); memoryview(b); memoryview(b); memoryview(b)


def new_bytearray(n):  # memoryview(bytearray) (a managed buffer and an export each)
    b = bytearray(DATA)
    for i in range(n):
        memoryview(b); memoryview(b); memoryview(b); memoryview(b)


OPS = (get_bytes, get_bytearray, set_bytearray, get_int32, set_int32, get_double, slice_bytes,
       slice_bytearray, length, tobytes, iterate, new_bytes, new_bytearray)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    only = sys.argv[3].split(',') if len(sys.argv) > 3 else None
    ops = [fn for fn in OPS if only is None or fn.__name__ in only]
    res = {}
    for k in range(rounds):
        t = time.process_time(); base(n); b = time.process_time() - t
        for fn in ops:
            t = time.process_time(); fn(n); d = time.process_time() - t
            per = 16 if fn is iterate else 4
            res.setdefault(fn.__name__, []).append((d - b) / n / per * 1e9)
    for k, v in res.items():
        print("%-15s %6.1f" % (k, min(v)))


main()
