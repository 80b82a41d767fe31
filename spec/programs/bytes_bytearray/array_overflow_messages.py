# array items are range-checked as CPython's *_setitem functions do, message for message
# (b goes through short's check, H through int's, the unsigned codes through C's unsigned long).
from array import array
for tc in 'bBhHiIlLqQ':
    for v in (-2 ** 70, -2 ** 63 - 1, -2 ** 31 - 1, -32769, -129, -1, 128, 256, 32768, 65536, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, 2 ** 70):
        try:
            array(tc, [v])
            r = 'ok'
        except OverflowError as e:
            r = str(e)
        print(tc, v, r)
for tc in 'bIfdu':
    for v in ('x', 1.5, None, [1], 'ab', True):
        try:
            print(tc, repr(v), array(tc, [v]))
        except TypeError as e:
            print(tc, repr(v), 'TypeError', e)
class I:
    def __index__(self):
        return 7
class F:
    def __float__(self):
        return 1.25
print(array('i', [I()]), array('d', [I(), F(), 3]), array('f', [1e300]))
