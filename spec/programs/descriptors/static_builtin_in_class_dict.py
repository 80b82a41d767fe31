# A builtin class's static methods sit in its __dict__ as staticmethod objects (CPython's
# PyStaticMethod_New), which pickle refuses (test_pickle test_c_methods); staticmethod and
# classmethod reprs show the callable.
import pickle

for cls in (bytes, bytearray, str):
    d = cls.__dict__['maketrans']
    print(cls.__name__, type(d).__name__, type(d.__func__).__name__, d.__func__.__name__)
print(bytes.maketrans(b'ab', b'xy')[97:99], bytearray.maketrans(b'a', b'z')[97])
print(b'x'.maketrans(b'a', b'b')[97], 'x'.maketrans('a', 'b'), str.maketrans({'a': 'b'}))
print(type(dict.__dict__['fromkeys']).__name__)
for descr in (bytearray.__dict__['maketrans'], dict.__dict__['fromkeys']):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(descr, proto)
            print('pickled', proto)
        except (TypeError, pickle.PicklingError) as e:
            print(proto, type(e).__name__, e)
for m in (bytearray.maketrans, dict.fromkeys, str.maketrans):
    print(pickle.loads(pickle.dumps(m, 2)) is not None)
print(repr(staticmethod(len)), repr(classmethod(len)))


class S(staticmethod):
    pass


class C(classmethod):
    pass


print(S(len), C(abs))


class A:
    @staticmethod
    def f():
        return 'f'

    @classmethod
    def g(cls):
        return cls.__name__


print(repr(A.__dict__['f']).split(' at ')[0], repr(A.__dict__['g']).split(' at ')[0], A.f(), A().g())
