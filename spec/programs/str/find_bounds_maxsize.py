# Start/end arguments of find/count/index (str, bytes, tuple) and other ssize_t arguments accept
# any int up to sys.maxsize, and the find family clamps even larger ones, as CPython does; only
# an item index past the ssize_t range raises "cannot fit 'int' into an index-sized integer".
import sys
from collections import UserString

big = sys.maxsize
print('abcabc'.find('c', 0, big), 'abcabc'.rfind('c', -big, big), 'abcabc'.count('b', 0, big))
print('abcabc'.index('b', 2, 2**100), 'abc'.startswith('b', 1, big), 'abc'.endswith('c', -big, big))
print(b'abcabc'.find(b'c', 0, 2**100), bytearray(b'abc').count(b'a', -2**100, big))
print((1, 2, 3, 2).index(2, 2, big), (1, 2, 3).index(2, -2**100, 2**100))
print('a,b,c'.split(',', big), 'a,b,c'.rsplit(',', big), 'aaa'.replace('a', 'b', big))
print(UserString('abcabc').find('c', 0, big), UserString('abc')[0:big])
for f in (lambda: (1, 2)[2**62], lambda: (1, 2)[2**100], lambda: [1][-2**62],
          lambda: 'abc'.find('c', 0, 1.5), lambda: (1, 2).index(2, 0, 1.5)):
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
