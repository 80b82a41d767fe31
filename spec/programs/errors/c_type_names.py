# Error messages name CPython's C types as their tp_name does (module-qualified: 'collections.deque',
# 'itertools.count', 'functools.partial', 'array.array', 're.Pattern', '_io.StringIO',
# 'operator.itemgetter'); a subclass defined in Python keeps its short name, and reprs that use
# the class's __name__ stay short.
import array
import collections
import functools
import io
import itertools
import operator
import re

objs = [collections.deque(), collections.OrderedDict(), collections.defaultdict(), itertools.count(),
        itertools.repeat(1), functools.partial(print), array.array('b'), re.compile('a'), io.StringIO(),
        io.BytesIO(), operator.itemgetter(1), re.match('a', 'a'), collections.Counter(), iter([])]
for o in objs:
    try:
        o < 1
    except TypeError as e:
        print(e)
    try:
        len(o)
    except TypeError as e:
        print(e)


class D(collections.deque):
    pass


try:
    D() < 1
except TypeError as e:
    print(e)
print(repr(collections.deque([1])), repr(D([2])), repr(collections.deque([1], maxlen=3)))
print(object.__repr__(collections.deque()).split(' at ')[0])
