# pickle: hooks of Pickler/Unpickler subclasses around the native save/load loops: persistent_id
# and persistent_load (binary and protocol 0), reducer_override, a per-instance dispatch_table,
# find_class overridden (called for GLOBAL and STACK_GLOBAL), a subclass of list/dict saved
# through __reduce_ex__ (with APPENDS/SETITEMS through its own methods), and the exact bytes.
import copyreg
import io
import pickle


class Ref:
    def __init__(self, key):
        self.key = key


class MyList(list):
    pass


class MyDict(dict):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Saver(pickle.Pickler):
    def __init__(self, f, proto):
        super().__init__(f, proto)
        self.binary = proto > 0

    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return obj.key if self.binary else str(obj.key)
        return None

    def reducer_override(self, obj):
        if isinstance(obj, complex):
            return (complex, (obj.real, -obj.imag))
        return NotImplemented


class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:%s' % (pid,)

    def find_class(self, module, name):
        print('  find_class', module, name)
        return super().find_class(module, name)


store = {'a': 1}
data = [Ref('k1'), 1 + 2j, MyList([1, 2, 3]), MyDict(x=1, y=[2]), Point(1, 'p'), Ref('k1')]
for proto in range(6):
    f = io.BytesIO()
    p = Saver(f, proto)
    p.dispatch_table = copyreg.dispatch_table.copy()
    p.dispatch_table[Point] = lambda pt: (Point, (pt.y, pt.x))
    p.dump(data)
    raw = f.getvalue()
    print(proto, raw)
    back = Loader(io.BytesIO(raw)).load()
    print(' ', back, type(back[2]).__name__, type(back[3]).__name__)
