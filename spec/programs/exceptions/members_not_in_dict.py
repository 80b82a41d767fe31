# Builtin exceptions keep their members (AttributeError.name/.obj, NameError.name, OSError.errno,
# SyntaxError.lineno, ...) as CPython's C members: not in __dict__, deletable (reads None after),
# and pickled/copied as CPython's __reduce__ gives them.
import copy
import pickle


class P:
    pass


def show(e):
    print(type(e).__name__, repr(e.args), e.__dict__, vars(e))


for e in [AttributeError(), AttributeError('x', name='n', obj=1), NameError('m', name='q'),
          OSError(2, 'No such file', 'f.txt'), OSError(1, 'op', 'a', None, 'b'), OSError('plain'),
          StopIteration(5), SystemExit(3), SyntaxError('m', ('f.py', 1, 2, 't', 1, 3)),
          ImportError('a', name='n', path='p'), ImportError('b'), ModuleNotFoundError('c', name='mod'),
          UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r'), UnicodeEncodeError('ascii', 'é', 0, 1, 'r'),
          KeyError(1), ExceptionGroup('g', [ValueError(1)])]:
    show(e)

# the VM's own misses
try:
    P().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__, e.__dict__)
    e.name = 'other'
    print(e.name, e.__dict__)
    del e.obj
    print(e.obj)
    e.note = 1
    print(e.__dict__)
try:
    P.missing
except AttributeError as e:
    print(e, e.name, e.obj is P, e.__dict__)
try:
    undefined_name
except NameError as e:
    print(e, e.name, e.__dict__)
try:
    (1).nope
except AttributeError as e:
    print(e, e.name, e.obj)

# a renamed class, a long name (CPython shows 50 bytes of it), a non-ASCII one
C = type('Renamed', (), {})
C.__name__ = 'NewName'
try:
    C().z
except AttributeError as e:
    print(e)
for name in ['L' * 60, 'é' * 30, 'Ω' * 17, '日本' * 10, 'x' * 16, 'y' * 17]:
    K = type(name, (), {})
    try:
        K().attr
    except AttributeError as e:
        print(e)
    try:
        K.attr
    except AttributeError as e:
        print(e)

# deleting members
e = OSError(2, 'x', 'f')
del e.filename
print(e.filename, e, e.__reduce__())
e = SyntaxError('m', ('f.py', 1, 2, 't', 1, 3))
del e.lineno
print(e.lineno, e)
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r')
del e.reason
print(e.reason)
try:
    del e.start
except TypeError as x:
    print('TypeError:', x)
e = SystemExit(4)
e.code = 7
print(e.code, e.__dict__)
del e.code
print(e.code)

# __reduce__, pickle and copy as CPython
for e in [AttributeError('x', name='n', obj=1), ImportError('a', name='n', path='p'), ImportError('b'),
          OSError(2, 'No such file', 'f.txt'), OSError(1, 'op', 'a', None, 'b'), OSError(2, 'x'),
          NameError('m', name='q'), SyntaxError('m', ('f.py', 1, 2, 't', 1, 3)), StopIteration(5)]:
    r = e.__reduce__()
    print(type(e).__name__, r[1], r[2:] if len(r) > 2 else '')
    for f in (lambda x: pickle.loads(pickle.dumps(x)), copy.copy):
        c = f(e)
        print('  ', type(c).__name__, c.args, str(c), getattr(c, 'name', '-'), getattr(c, 'filename', '-'), c.__dict__)
e = ImportError('a', name='n')
e.extra = 1
print(e.__reduce__())
c = copy.copy(e)
print(c.name, c.extra, c.__dict__)
e = ValueError(1)
e.__setstate__({'name': 3, 'k': 4})
print(e.__dict__)
try:
    e.__setstate__(5)
except TypeError as x:
    print('TypeError:', x)
