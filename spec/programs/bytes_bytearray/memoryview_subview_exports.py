# Sub-views of a memoryview of a bytearray/array share its export (CPython's managed buffer):
# the buffer stays unresizable while any released-or-not view of it is alive and unreleased,
# and becomes resizable once every view is released.
import array

def try_append(buf, x):
    try:
        buf.append(x)
        return "ok"
    except BufferError as e:
        return f"BufferError: {e}"

ba = bytearray(b"abcdefgh")
m = memoryview(ba)
s = m[1:5]
t = s[::2]
c = m.cast("c")
r = t.toreadonly()
print(bytes(s), bytes(t), c[0], r.tolist(), r.readonly)
m.release()
print("m released, views left:", try_append(ba, 1))
s.release(); t.release(); c.release()
print("one left:", try_append(ba, 2))
r.release()
print("all released:", try_append(ba, 3), len(ba))
try:
    s[0]
except ValueError as e:
    print("ValueError:", e)

# with blocks nest the same way
with memoryview(ba) as m2:
    with m2[2:4] as sub:
        with memoryview(sub) as again:
            print(bytes(again), try_append(ba, 4))
        print(try_append(ba, 5))
    print(try_append(ba, 6))
print(try_append(ba, 7), ba)

# array.array: slices write through and count too
a = array.array("i", range(6))
with memoryview(a) as ma:
    sl = ma[2:5]
    sl[0] = 40
    print(a.tolist(), sl.tolist(), try_append(a, 9))
    sl.release()
    print(try_append(a, 10))
print(try_append(a, 11), a.tolist())

# releasing a view twice ends it once; slicing a released view fails
m3 = memoryview(ba)
k = m3[:]
m3.release(); m3.release()
print(try_append(ba, 8))
k.release()
print(try_append(ba, 9), len(ba))
try:
    m3[1:2]
except ValueError as e:
    print("ValueError:", e)

# mv[i] and slices of 1-D views of other formats
d = array.array("d", [1.5, -2.0, 3.25])
md = memoryview(d)
print(md[0], md[-1], md[1:].tolist(), md[::-1].tolist(), md[::2][1])
mb = memoryview(b"xyz")[::-1]
print(mb[0], bytes(mb), mb[1:][0])
try:
    md[3]
except IndexError as e:
    print("IndexError:", e)
md.release()

# a view dropped without release(): its export ends when it is collected (at once in CPython)
import gc
m4 = memoryview(ba)
s4 = m4[1:3]
m4.release()
del s4
gc.collect()
print("after collect:", try_append(ba, 12), len(ba))
