# pickle: errors (local objects, lambdas, bad __reduce__ results, truncated or invalid data, wrong
# classes), Python 2 pickles (STRING, INST, fix_imports), exceptions, PickleBuffer and out-of-band data.
import pickle, io, re
def f():
    def g(): pass
    return g
class Unp:
    def __reduce__(self): return 42
class Bad6:
    def __reduce__(self): return (list, (), None, None, None, None, None)
class NotCallable:
    def __reduce__(self): return (5, ())
class NotTuple:
    def __reduce__(self): return (list, [1])
class Wrong:
    pass
Wrong2 = Wrong
class Wrong:
    pass
def err(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", repr(r)[:80] if " at 0x" not in repr(r) else type(r).__name__)
    except Exception as e:
        e = type(e)(re.sub(r" from '[^']*'", '', str(e))) if 'module' in str(e) else e
        print(type(e).__module__, type(e).__name__, str(e)[:150].replace('0x', '')[:150] if 'at 0x' not in str(e) else str(e).split(' at ')[0])
for p in (0, 2, 4):
    err(pickle.dumps, f(), p)
    err(pickle.dumps, lambda: 0, p)
    err(pickle.dumps, (x for x in []), p)
    err(pickle.dumps, Unp(), p)
    err(pickle.dumps, Bad6(), p)
    err(pickle.dumps, NotCallable(), p)
    err(pickle.dumps, NotTuple(), p)
    err(pickle.dumps, Wrong2(), p)
    err(pickle.dumps, ValueError('boom', 3), p)
    err(pickle.dumps, [float('nan'), -0.0, 2**100, -2**100, 2**2000 - 1], p)
err(pickle.dumps, 1, 6)
err(pickle.dumps, 1, -1)
err(pickle.Pickler, 5)
err(pickle.loads, b'')
err(pickle.loads, b'\x80\x04\x95')
err(pickle.loads, b'K')
err(pickle.loads, b'z')
err(pickle.loads, b'\xff')
err(pickle.loads, b"'")
err(pickle.loads, 'abc')
err(pickle.loads, b'\x80\x09.')
err(pickle.loads, b'h\x05.')
err(pickle.loads, b'.')
err(pickle.loads, b'(.')
err(pickle.loads, b'N')
err(pickle.loads, b'\x80\x02c__main__\nNope\n.')
err(pickle.loads, b'\x80\x04\x8c\x08__main__\x8c\x04Nope\x93.')
err(pickle.loads, b'\x80\x02cnosuchmod\nX\n.')
# Python 2 pickles
err(pickle.loads, b"S'abc'\np0\n.")
err(pickle.loads, b"S'caf\\xe9'\np0\n.", encoding='latin1')
err(pickle.loads, b"U\x03abcq\x00.", encoding='bytes')
err(pickle.loads, b"T\x03\x00\x00\x00abc.")
err(pickle.loads, b"c__builtin__\nxrange\n(I0\nI5\nI1\ntR.")
err(pickle.loads, b"cexceptions\nValueError\n(S'x'\ntR.")
err(pickle.loads, b"ccopy_reg\n_reconstructor\n(c__main__\nWrong\nc__builtin__\nobject\nNtR(dS'a'\nI1\nsb.")
err(pickle.loads, b"(i__main__\nWrong\n(dS'q'\nI2\nsb.")
err(pickle.loads, b"L12345678901234567890L\n.")
err(pickle.loads, b"I0100\n.")
err(pickle.loads, b"F1.5\n.")
err(pickle.loads, b"V\\u1234\n.")
err(pickle.loads, b"\x80\x02\x8a\x00.")
err(pickle.loads, b"\x80\x02\x8a\x02\xff\x7f.")
err(pickle.loads, b"(lp0\nI1\naI2\na.")
err(pickle.loads, b"(dI1\nI2\ns.")
err(pickle.loads, b"]q\x00(K\x01K\x02e1.")
deep = []
for i in range(5000):
    deep = [deep]
err(pickle.dumps, deep)
print(pickle.loads(pickle.dumps(ValueError('boom', 3))).args)
print(pickle.loads(pickle.dumps(KeyError('k'))))
print(pickle.loads(pickle.dumps(OSError(2, 'nf'))).errno)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.MARK, pickle.TRUE, pickle.FRAME, pickle.format_version)
print(pickle.Pickler.__module__, pickle.PicklingError.__module__, pickle.PickleBuffer.__module__)
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(b'abc'), 5)))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b'abc')), 5)))
bufs = []
d = pickle.dumps([pickle.PickleBuffer(b'xyz'), 1], 5, buffer_callback=bufs.append)
print(d, len(bufs))
print(pickle.loads(d, buffers=[b'xyz']))
err(pickle.loads, d)
