# pickle: dump/dumps/load/loads stored in a class do not bind (as CPython's C functions), a Pickler or
# Unpickler whose __init__ skipped the base one says so, a file whose read raises is reported, and
# an unseekable stream holding two pickles yields both.
import pickle, io
print(repr(pickle.dumps), pickle.loads(pickle.dumps(pickle.dumps)) is pickle.dumps)
class T:
    dumps = pickle.dumps
print(T().dumps(1, 2))
class BadPickler(pickle.Pickler):
    def __init__(self): pass
class BadUnpickler(pickle.Unpickler):
    def __init__(self): pass
for f in (BadPickler().dump, BadUnpickler().load):
    try: f(0) if f.__name__ == 'dump' else f()
    except Exception as e: print(type(e).__name__, e)
def raises_oserror(self, *args, **kwargs):
    raise OSError
@property
def bad_property(self):
    1/0
class F:
    read = bad_property
    readline = raises_oserror
try: pickle.Unpickler(F())
except Exception as e: print(type(e).__name__)
class UnseekableIO(io.BytesIO):
    def peek(self, *args): raise NotImplementedError
    def seekable(self): return False
    def seek(self, *args): raise io.UnsupportedOperation
    def tell(self): raise io.UnsupportedOperation
data = pickle.dumps([1, 2], 2)
f = UnseekableIO(data * 2)
print(pickle.load(f), pickle.load(f))
