# open() and os.listdir() take bytes paths: names come back as bytes, NUL is a ValueError
import os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bytes_path_test_%d.txt' % os.getpid())
with open(p.encode(), 'w') as f:
    f.write('hi')
with open(p.encode()) as f:
    print(repr(f.read()), type(f.name).__name__, f.name == p.encode())
with open(p.encode(), 'rb') as f:
    print(f.read(), type(f.name).__name__)
try:
    open(b'a\x00b')
except ValueError as e:
    print('ValueError', e)
try:
    open(bytearray(b'abc'))
except TypeError as e:
    print('TypeError', e)
os.remove(p)
print(os.path.exists(p))
d = os.path.dirname(os.path.abspath(__file__)).encode()
names = os.listdir(d)
print(type(names[0]).__name__, os.path.basename(__file__).encode() in names)
print(type(os.listdir(os.path.dirname(os.path.abspath(__file__)))[0]).__name__)
