# bytes() from sequences of ints: exact tuples and lists of small ints (a fast path), out-of-range and
# non-int items, bools, int subclasses, subclasses with __bytes__, keyword and encoding errors.
print(bytes((5,)), bytes([0, 255]), bytes(()), bytes([]), bytes((1, 2, 3)))
for bad in ([256], (-1,), [1, 2.0], ['a'], [True, False], [2**70]):
    try: print(bytes(bad))
    except Exception as e: print(type(e).__name__, e)
class T(tuple):
    def __bytes__(self): return b'sub'
class L(list): pass
print(bytes(T((1,))), bytes(L([65, 66])))
class I(int): pass
print(bytes([I(7)]), bytes((65,), ))
try: bytes((1,), 'ascii')
except TypeError as e: print(e)
try: bytes(x=1)
except TypeError as e: print(e)
print(bytes(source=[1]))
