# bytearray and array.array mutated in place: pop/insert/remove/del/slice assignment/clear with
# CPython's results and errors (exports block a resize), and 200,000 pops from the end in linear time
# (each pop rebuilt the whole buffer: minutes).
import array
b = bytearray(b'abcdefghij')
print(b.pop(), b.pop(0), b.pop(-3), b)
b.insert(0, 65); b.insert(100, 66); b.insert(-2, 67); print(b)
del b[1]; del b[-1]; print(b)
b.remove(ord('e')); print(b)
b[2:4] = b'XYZW'; print(b); b[1:1] = b''; b[0:0] = b'__'; print(b); b[3:100] = b''; print(b)
del b[0:1]; print(b); b[:] = b; print(b); b[1:] = b; print(b)
big = bytearray(range(256)) * 100
while len(big) > 10: big.pop()
print(big, len(big))
big.clear(); print(big)
for op in (lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(9), lambda: bytearray(b'a').__delitem__(3)):
    try: op()
    except Exception as e: print(type(e).__name__, e)
m = memoryview(b)
for op in (lambda: b.pop(), lambda: b.insert(0, 1), lambda: b.__delitem__(0), lambda: b.remove(b[0]), lambda: b.clear()):
    try: op()
    except Exception as e: print(type(e).__name__, e)
b[0:2] = b'qq'; print(b); m.release()
a = array.array('h', range(10))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, -1); a.insert(99, 99); a.remove(5); del a[1]; print(a)
a[1:3] = array.array('h', [7, 7, 7]); print(a); del a[2:5]; print(a); a[:] = a; a[1:] = a; print(a)
for op in (lambda: array.array('d').pop(), lambda: a.remove(1000), lambda: a.__delitem__(100)):
    try: op()
    except Exception as e: print(type(e).__name__, e)
m = memoryview(a)
try: a.pop()
except BufferError as e: print(e)
b = bytearray(200000)
a = array.array("i", range(200000))
while b: b.pop()
while a: a.pop()
print(len(b), len(a))
