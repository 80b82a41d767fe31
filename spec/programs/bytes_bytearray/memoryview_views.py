# memoryview: formats, cast to other native formats and to N dimensions, strided slices as views,
# tolist/tobytes/hex, toreadonly, release, comparison by unpacked values, hashing, assignment
# and its errors (CPython's messages); bytes compare only with bytes.
import array
b = bytearray(b'abcdefgh')
m = memoryview(b)
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.obj is b, m.tolist()[:3], m.hex(), m.hex(':', 2))
r = m.toreadonly(); print(r.readonly, r.tobytes())
try: r[0] = 1
except TypeError as e: print('TE', e)
c = m.cast('I'); print(c.format, c.itemsize, len(c), c.tolist(), c.shape, c.strides, c.nbytes)
m2 = m.cast('B', shape=[2, 4]); print(m2.shape, m2.ndim, m2.tolist(), m2.strides)
m[0] = ord('Z'); print(b[:2], m[1], m[-1], bytes(m[2:4]))
with memoryview(b) as mm: print(mm[0])
try: mm[0]
except ValueError as e: print('VE', e)
a = array.array('h', [1, -2, 3]); am = memoryview(a); print(am.format, am.itemsize, am.tolist(), am[1], am.cast('B').tolist())
print(memoryview(b'xy') == b'xy', memoryview(b'ab') == memoryview(b'ab'), hash(memoryview(b'ab')) == hash(b'ab'))
m3 = memoryview(b); m3.release(); print(repr(m3)[:20])
print(memoryview(b'abc')[::2].tobytes(), memoryview(b'abcdef')[1:5:2].tolist(), memoryview(b'ab').c_contiguous)
mm = memoryview(bytearray(8)); mm[2:4] = b'xy'; print(mm.tobytes())
try: mm[0:2] = b'xyz'
except ValueError as e: print('VE', e)
print(memoryview(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')).cast('i').tolist())
print(list(memoryview(b'hi')), bytes(memoryview(b'hi')), str(memoryview(b'x'))[:12])
m = memoryview(bytearray(range(12)))
m2 = m.cast('B', shape=[3,4])
for expr in ['m2[0]', 'm2[0:1].tolist()', 'm2[1,2]', 'm2[1,2,3]', 'list(m2)', 'len(m2)', 'm2[5,0]', 'm2["a"]', 'm[1.5]', 'm[1,2]', 'm.cast("I").cast("H")', 'm.cast("i", shape=[5])', 'm.cast("x")', 'm.cast("<i")', 'm[::2].cast("B")', 'm2.cast("B", shape=[2,6])', 'm.cast("B", shape=[])', 'm[::2].tolist()', 'm[::-3].tobytes()', 'm[::2].strides', 'm[::2].c_contiguous', 'm2.strides', 'm2.tobytes()', 'm2.f_contiguous', 'm.cast("d")', 'm.cast("c")[0]', 'm.cast("?")[1]', 'm.cast("h").tolist()', 'hash(m)', 'hash(memoryview(b"ab").cast("h"))', 'memoryview(b"ab").cast("c") == b"ab"', 'm.cast("h") == m', 'm.__setitem__(0, 256)', 'm.__setitem__(0, "a")', 'm.cast("c").__setitem__(0, b"ab")', 'm.cast("h").__setitem__(0, 1.5)', 'm.cast("f").__setitem__(0, 1)', 'memoryview(5)', 'memoryview(b"x").hex("-")', 'm[0:4].hex(":", -2)', 'len(memoryview(b"a").cast("B", shape=[]))', 'memoryview(b"a").cast("B", shape=[])[()]', 'm.suboffsets', 'memoryview(b"ab").cast("B",shape=(2,1)).tolist()','m.cast("B", (3,4)).shape', 'm.cast("B", shape=5)', 'm2.cast("h").tolist()', 'm.cast("h", shape=[2,3]).cast("B").tolist()', 'memoryview(bytearray(4)).cast("e")', 'hash(memoryview(b"abc")) == hash(b"abc")', 'memoryview(b"abc")[::2] == b"ac"', 'memoryview(b"ab") == bytearray(b"ab")', 'memoryview(b"ab") != b"ab"', 'memoryview(b"ab") == "ab"', 'memoryview(b"ab") < b"ac"', 'm.cast("q")[0]', 'm[:8].cast("Q").tolist()', 'm[:8].cast("d").tolist()', 'memoryview(b"\\xff\\xff\\xff\\xff").cast("i").tolist()', 'm2[0:2].tolist()', 'm2[::2].shape', 'm[1:3].obj is m.obj', 'm.toreadonly().readonly', 'memoryview(m).format', 'memoryview(m.cast("h")).format', 'bytes(m[::3])', 'bytearray(m[::4])', 'list(m[:3])', 'm[..., ]', 'm[...] is m', 'memoryview(b"")[:].tolist()', 'memoryview(b"abc")[5:1].tobytes()', 'memoryview(b"abcdef")[-2:]. tobytes()']:
  try: r = eval(expr); print(expr, '->', r if not isinstance(r, memoryview) else 'view')
  except Exception as e: print(expr, '!!', type(e).__name__, e)
mm = memoryview(bytearray(8)); mm[2:4] = b'xy'; mm[::4] = b'AB'; print(mm.tobytes())
mh = memoryview(bytearray(8)).cast('h'); mh[1:3] = memoryview(bytearray(b'\x01\x00\x02\x00')).cast('h'); print(mh.tolist())
try: mh[0:1] = b'ab'
except ValueError as e: print('VE', e)
md = memoryview(bytearray(16)).cast('d'); md[0] = 1.5; md[1] = 2; print(md.tolist())
mb = memoryview(bytearray(3)).cast('?'); mb[0] = True; mb[2] = 5; print(mb.tolist())
m5 = memoryview(bytearray(b'abc')); m5.release(); 
for f in [lambda: m5[0], lambda: len(m5), lambda: m5.tobytes(), lambda: bytes(m5), lambda: m5.format]:
    try: print(f())
    except ValueError as e: print('VE', e)
print(m5 == m5, m5 == memoryview(b'abc'))
m3 = memoryview(bytearray(b'abcdef')); m3[1:4] = m3[2:5]; print(m3.tobytes())
import weakref, pickle, copy
mw = memoryview(b'abc'); r = weakref.ref(mw); print(r() is mw)
mh2 = memoryview(b'abc'); h = hash(mh2); mh2.release(); print(hash(mh2) == h, repr(mh2)[:19])
mh3 = memoryview(b'abc'); mh3.release()
try: hash(mh3)
except ValueError as e: print('VE', e)
for f in [lambda: pickle.dumps(memoryview(b'a')), lambda: copy.copy(memoryview(b'a')), lambda: memoryview(b'a').__reduce__()]:
    try: f()
    except TypeError as e: print('TE', e)
ms = memoryview(bytearray(b'abcdef'))
for k in [(0, 1, 2), (slice(0, 1, 1), slice(0, 1, 2)), (0,), (slice(0, 1, 1), 0), 'a', 0.0]:
    for v in [b'a', 1]:
        try:
            ms[k] = v; print(k, v, 'ok')
        except Exception as e:
            print(k, v, type(e).__name__, e)
    try: print(k, 'get', ms[k])
    except Exception as e: print(k, 'get', type(e).__name__, e)
print(ms.tobytes())
