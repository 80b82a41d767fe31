# bytearray grows in place: append, extend and += past the storage's spare room keep every byte,
# other names for the object see the change, extending by a copy of itself doubles it, and bad
# values raise as in CPython. (A loop of appends is linear: 200,000 appends.)
a = b = bytearray(b'ab')
a += b'cd'
a.append(101)
a.extend(b'fg')
a.extend([104, 105])
print(a, b, a is b, len(b))
a += bytes(a)
a.extend(list(a))
print(a, len(a))
big = bytearray()
for i in range(200000):
    big.append(i & 0xff)
    if i % 3 == 0:
        big += b'xy'
        big.extend(memoryview(b'z'))
print(len(big), sum(big) % 1000003, big[:10], big[-10:])
view = bytearray(b'0123')
for v in [256, -1, 'x', 1.5]:
    try:
        view.append(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in ['str', 5, [1, 300]]:
    try:
        view.extend(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    view += 'str'
except TypeError as e:
    print('TypeError', e)
print(view)

# slice assignment and extend() with things that are not bytes
c = bytearray(b'ab')
for v in ['s', 5, [1,300], ['x']]:
  try: c[0:1] = v
  except Exception as e: print(type(e).__name__, e)
for v in [['x'], iter([1,'x']), 5, 'str']:
  try: c.extend(v)
  except Exception as e: print(type(e).__name__, e)
