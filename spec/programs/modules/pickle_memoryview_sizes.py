# memoryview over bytes/bytearray is one-dimensional and contiguous (contiguous, c_/f_contiguous,
# shape, strides as CPython's); pickle's 8-byte-length opcodes load, and a length past sys.maxsize is
# CPython's OverflowError.
import pickle
for src in (b'abcd', bytearray(b'abcd')):
    m = memoryview(src)
    print(m.contiguous, m.c_contiguous, m.f_contiguous, m.shape, m.strides, m[1:3].shape, m.readonly)
print(pickle.loads(b'\x80\x05\x8e\x03\x00\x00\x00\x00\x00\x00\x00abc.'), pickle.loads(b'\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00xy.'), pickle.loads(b'\x80\x05\x8d\x02\x00\x00\x00\x00\x00\x00\x00hi.'))
try: pickle.loads(b'\x80\x05\x8e\xff\xff\xff\xff\xff\xff\xff\xff.')
except Exception as e: print(type(e).__name__, e)
for op in (b'\x8e', b'\x96', b'\x8d'):
    try: pickle.loads(b'\x80\x05'+op+b'\xff\xff\xff\xff\xff\xff\xff\xff.')
    except Exception as e: print(type(e).__name__, e)
