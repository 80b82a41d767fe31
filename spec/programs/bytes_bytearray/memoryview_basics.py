# memoryview: len, indexing, slicing, tobytes/tolist, writing through to a bytearray.
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, bytes(m[::2]))
m[0] = 65
m[1:3] = b"BC"
print(ba, m.tobytes(), memoryview(b"xyz").readonly, m == ba, m[2:4] == b"Cd", bytes(memoryview(b"q")))
with memoryview(b"ctx") as mv:
    print(mv.tobytes(), mv.hex())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(e)
try:
    memoryview("s")
except TypeError as e:
    print(e)
