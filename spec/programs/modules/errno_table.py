# The errno module, os.strerror and OSError's errno-to-subclass mapping, as CPython's on Linux.
import errno
import os

print(len(errno.errorcode), min(errno.errorcode), max(errno.errorcode))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.EOPNOTSUPP, errno.ENOTSUP)
print(errno.errorcode[95], errno.errorcode[35], errno.errorcode[11])
print(sorted(n for n in dir(errno) if n.startswith('E'))[:12])
for n in (1, 2, 5, 11, 13, 24, 28, 32, 95, 110, 133, 134, 200, 0):
    print(n, os.strerror(n))
for n in sorted(errno.errorcode):
    e = OSError(n, os.strerror(n))
    if type(e) is not OSError:
        print(n, errno.errorcode[n], type(e).__name__)
try:
    os.rmdir('/nonexistent-dir-for-errno-table')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e)
try:
    os.read(987, 1)
except OSError as e:
    print(type(e).__name__, e)
