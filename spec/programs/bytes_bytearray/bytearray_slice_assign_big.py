# bytearray slice assignment: every form (insert, replace, shrink, self-assign, lists of ints, extended
# slices, errors) and megabyte-sized sources (a JS spread of the bytes overflowed the stack:
# io.BytesIO.write of 2 MB raised RecursionError).
b = bytearray(b'0123456789')
b[2:4] = b'abcdef'; print(b)
b[0:0] = b'X'; print(b)
b[5:2] = b'--'; print(b)
b[:] = b; print(b)
b[3:] = b''; print(b)
b[1:2] = [65, 66]; print(b)
b[::2] = b'zz'; print(b)
del b[0:1]; print(b)
b[-1:] = bytearray(b'END'); print(b)
try: b[0:1] = [300]
except ValueError as e: print(e)
try: b[::2] = b'x'
except ValueError as e: print(e)
big = bytearray()
for i in range(50):
    big[len(big):] = bytes([i % 256]) * 100000
print(len(big), big[-1], big[123456])
import io
f = io.BytesIO(); f.write(b'x' * 2000000); print(len(f.getvalue()))
