# memoryview micro (bench/NOTES.md 2026-12-05 h17-native): slices of views of bytes and of a
# bytearray, bytes(slice), mv[i], iteration, memoryview(bytearray); N iterations (argv[1]), CPU s each.
import sys, time
N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
b = bytes(range(256)) * 4
ba = bytearray(b)
def t(name, f):
    t0 = time.process_time(); f(); print(f"{name:24s} {time.process_time()-t0:.3f}")
def slice_bytes():
    mv = memoryview(b)
    for i in range(N): mv[1:5]
def slice_ba():
    mv = memoryview(ba)
    for i in range(N): mv[1:5]
def bytes_slice_ba():
    mv = memoryview(ba)
    for i in range(N): bytes(mv[i & 255:(i & 255) + 8])
def index_ba():
    mv = memoryview(ba)
    for i in range(N): mv[i & 1023]
def iter_bytes():
    mv = memoryview(b)
    for k in range(N // 1024):
        for x in mv: pass
def iter_ba():
    mv = memoryview(ba)
    for k in range(N // 1024):
        for x in mv: pass
def new_view_ba():
    for i in range(N): memoryview(ba)
for name, f in list(globals().items()):
    if callable(f) and name not in ('t',) and f.__module__ == '__main__' and name[0] != '_' and name != 't':
        t(name, f)
