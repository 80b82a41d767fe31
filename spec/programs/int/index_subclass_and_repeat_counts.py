# An int subclass is its own index (its __index__ is not called by operator.index, subscripts,
# hex(), range); operator.index gives an exact int. Sequence repetition reads its count as an
# ssize_t (OverflowError beyond) and each type refuses a too-long result with its own error
# (vm/objects/seq_repeat.ts); an empty sequence folds for any count (compiler/ast_opt.ts).
import array
import operator
import sys


class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1


class BadInt:
    def __index__(self):
        return True


class BadInt2(int):
    def __index__(self):
        return True


m = MyInt(7)
print(m.__index__(), operator.index(m), type(operator.index(m)).__name__)
print(list(range(10))[m], hex(m), range(10)[m], 'abcdefghij'[m], bin(MyInt(2)), 'ab' * MyInt(2))
print(operator.index(BadInt2()), type(operator.index(True)).__name__, operator.index(True))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(operator.index(BadInt()), [str(x.message) for x in w])

big = 2 ** 100
cases = [('a', big), ('a', -big), ('a', sys.maxsize), ('ab', sys.maxsize // 2 + 1),
         (b'ab', 2 ** 62), (bytearray(b'ab'), 2 ** 62), ((1, 2), big), ((1, 2), 2 ** 62),
         ([1, 2], 2 ** 62), ([1], -big), (array.array('b', [1]), big),
         (array.array('b', [1, 2]), 2 ** 62), ('', 2 ** 62), (b'', 2 ** 62), ((), 2 ** 62),
         ([], 2 ** 62), ((), big), ('', -big), ('xy', 0), ((1,), -3), (b'q', True)]
for seq, n in cases:
    for f in (lambda: seq * n, lambda: n * seq):
        try:
            r = f()
            print(type(seq).__name__, 'ok', r)
        except (OverflowError, MemoryError) as e:
            print(type(seq).__name__, type(e).__name__, e.args)
for seq in ([1], bytearray(b'x'), array.array('b', [1])):
    s = seq
    try:
        s *= big
    except (OverflowError, MemoryError) as e:
        print(type(seq).__name__, '*=', type(e).__name__, e.args)
    try:
        s *= 2 ** 62
    except (OverflowError, MemoryError) as e:
        print(type(seq).__name__, '*=', type(e).__name__, e.args)

print(() * (2 ** 62), '' * (2 ** 62), b'' * (2 ** 62), [] * (2 ** 62))
try:
    () * (2 ** 100)
except OverflowError as e:
    print('folded?', e)


class Boom:
    def __index__(self):
        raise KeyError('from __index__')


for seq in ('ab', (1,), [1], b'x'):
    try:
        seq * Boom()
    except KeyError as e:
        print(type(seq).__name__, 'KeyError', e)
for seq in ('ab', (1,), [1], b'x'):
    try:
        seq * 1.5
    except TypeError as e:
        print(e)
