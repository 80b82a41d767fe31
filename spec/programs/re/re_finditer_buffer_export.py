# finditer() and scanner() over a bytearray keep it from resizing until the iteration ends
# (BufferError, as CPython's SRE state holds the subject's buffer: test_re test_keep_buffer).
import gc
import re

b = bytearray(b'xax')
it = re.finditer(b'a', b)
try:
    b.extend(b'x' * 400)
except BufferError as e:
    print('BufferError', e)
print([m.span() for m in it])
del it
gc.collect()
b.extend(b'a')
print(len(b))

for m in re.finditer(b'a', b):
    pass
b.extend(b'yy')  # the loop ran to the end: no export left
print(len(b), m.group())

s = re.compile(b'x').scanner(b)
print(s.search().span())
try:
    b.append(1)
except BufferError as e:
    print('BufferError', e)
while s.search():
    pass
del s
gc.collect()
b.append(1)
print(len(b))
print([m.span() for m in re.finditer('a', 'banana')], [m.span() for m in re.finditer(b'a', memoryview(b'aa'))])
