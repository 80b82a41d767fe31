# Reading a file opened only for writing, and writing or truncating one opened only for reading,
# raise io.UnsupportedOperation with CPython's message (binary files: the method's name; text
# files: "not readable" / "not writable"), never an OSError from the host or an internal error.
# Binary files have readinto, readinto1, read1, peek and writelines. A closed file's methods raise
# ValueError with the message of the layer CPython raises it from.
import array, io, os
path = '/tmp/pystm_wrongdir_%d.bin' % os.getpid()
for mode in ('wb', 'w', 'ab'):
    f = open(path, mode)
    for meth, args in (('read', ()), ('readline', ()), ('readlines', ()), ('readinto', (bytearray(2),)), ('read1', ())):
        if not hasattr(f, meth):
            continue
        try:
            getattr(f, meth)(*args)
        except io.UnsupportedOperation as e:
            print(mode, meth, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    f.close()
for mode in ('rb', 'r'):
    f = open(path, mode)
    for meth, args in (('write', (b'x' if mode == 'rb' else 'x',)), ('writelines', ([b'x'] if mode == 'rb' else ['x'],)), ('truncate', ()), ('truncate', (0,))):
        try:
            getattr(f, meth)(*args)
        except io.UnsupportedOperation as e:
            print(mode, meth, type(e).__name__, e)
    f.close()
with open(path, 'wb') as f:
    f.writelines([b'hello ', bytearray(b'world'), memoryview(b'!\n')])
with open(path, 'rb') as f:
    b = bytearray(5)
    print(f.readinto(b), b)
    m = memoryview(bytearray(3))
    print(f.readinto(m), m.tobytes())
    a = array.array('b', [0] * 10)
    print(f.readinto1(a), a)
    print(f.readinto(bytearray(4)))
    try:
        f.readinto(b'xx')
    except TypeError as e:
        print(e)
with open(path, 'rb') as f:
    print(f.read1(3), f.read1(), f.read1())
with open(path, 'r+b') as f:
    b = bytearray(20)
    print(f.readinto(b), bytes(b))
    print(f.truncate(5), f.seek(0), f.read())
with open(path, 'rb') as f:
    print(f.peek()[:3], f.read(2), f.peek(1)[:2], f.read())
# a closed file: each method's own ValueError message (buffered layer, IOBase, FileIO, text)
for mode in ('rb', 'wb', 'r+b', 'r', 'w', 'a', 'ab'):
    f = open(path, mode)
    f.close()
    for meth, args in (('read', ()), ('readline', ()), ('readlines', ()), ('readinto', (bytearray(1),)),
                       ('read1', ()), ('peek', ()), ('write', (b'' if 'b' in mode else '',)), ('writelines', ([],)),
                       ('truncate', ()), ('flush', ()), ('seek', (0,)), ('tell', ()), ('fileno', ()), ('isatty', ()),
                       ('readable', ()), ('writable', ()), ('seekable', ()), ('__iter__', ()), ('__next__', ()),
                       ('__enter__', ())):
        if not hasattr(f, meth):
            continue
        try:
            print(mode, meth, 'ok', getattr(f, meth)(*args))
        except ValueError as e:
            print(mode, meth, type(e).__name__, e)
os.remove(path)
