# Files the program never closes: what it wrote is there for a later open of the same file (CPython
# closes a file at its last reference, writing it out), in the order it was written, and thousands
# of dropped files do not run out of descriptors (a collection closes the dead ones).
import os

d = '_files_unclosed_tmp_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'a.txt')
open(p, 'w').write('hello\n')
print(repr(open(p).read()))


def save(path, text):
    f = open(path, 'w')
    f.write(text)


save(p, 'second')
print(repr(open(p).read()), os.path.getsize(p))
for i in range(3000):
    open(os.path.join(d, 'n%d.txt' % (i % 20)), 'w').write('x' * i)
print([open(os.path.join(d, 'n%d.txt' % k)).read().count('x') for k in (0, 7, 19)])
total = 0
for i in range(3000):
    total += len(open(p).read())
print(total)
open(p, 'a').write('+more')
print(open(p).read())
open(p, 'ab').write(b'!')
with open(p, 'rb') as f:
    print(f.read())
for n in sorted(os.listdir(d)):
    os.remove(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
