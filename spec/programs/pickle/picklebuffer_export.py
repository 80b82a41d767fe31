# pickle.PickleBuffer exports the buffer it wraps, in place (bytes(), memoryview() with .obj the
# exporter, writable when it is), so out-of-band pickling round-trips (test_pickle oob_buffers).
import pickle
b = bytearray(b'foo')
pb = pickle.PickleBuffer(b)
print(bytes(pb), memoryview(pb).obj is b, memoryview(pb).readonly)
m = memoryview(pb); m[0] = ord('g'); print(b)
pb2 = pickle.PickleBuffer(b'xyz'); print(memoryview(pb2).readonly, bytes(pb2), memoryview(pb2).obj)
pb.release()
try: memoryview(pb)
except ValueError as e: print(e)
try: bytes(pb)
except ValueError as e: print(e)
class ZeroCopyBytes(bytes):
    readonly = True
    c_contiguous = True
    f_contiguous = True
    zero_copy_reconstruct = True
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        else:
            return type(self)._reconstruct, (bytes(self),)
    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, bytes(self))
    __str__ = __repr__
    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            else:
                return cls(obj)
obj = ZeroCopyBytes(b"foo")
buffers = []
data = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
print(b'foo' in data, bytes(buffers[0]))
try: pickle.loads(data)
except pickle.UnpicklingError as e: print('UnpicklingError', e)
new = pickle.loads(data, buffers=buffers)
print(new is obj, new)
