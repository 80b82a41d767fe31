# open(opener=...): the opener gets the path and the open(2) flags CPython's FileIO computes
# (O_CLOEXEC included) and returns the descriptor; a negative or non-int result is an error.
import os

d = '_open_opener_tmp_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'f.txt')
seen = []


def private(path, flags):
    seen.append(flags)
    return os.open(path, flags, 0o600)


for mode in ['w', 'r', 'a', 'r+', 'w+', 'a+', 'wb', 'rb', 'ab']:
    with open(p, mode, opener=private) as f:
        pass
os.remove(p)
with open(p, 'x', opener=private) as f:
    f.write('made')
print(seen)
print(oct(os.stat(p).st_mode & 0o777))
with open(p, opener=lambda path, flags: os.open(path, flags)) as f:
    print(f.name == p, f.mode, f.read())
try:
    open(p, opener=lambda path, flags: -1)
except ValueError as e:
    print('ValueError', e)
try:
    open(p, opener=lambda path, flags: 'x')
except TypeError as e:
    print('TypeError', e)
try:
    open(p, opener=lambda path, flags: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    open(d, opener=lambda path, flags: os.open(path, flags))
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e.strerror)
print(sorted(n for n in dir(os) if n.startswith('O_')))
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_CLOEXEC)
os.remove(p)
os.rmdir(d)
