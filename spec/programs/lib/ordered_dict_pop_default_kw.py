# OrderedDict.pop takes its default as a keyword too (od.pop(k, default=v)), and the
# collections containers can be imported from _collections, as in CPython.
from collections import OrderedDict
import _collections

od = OrderedDict(a=1, b=2)
print(od.pop('a', default=0), od.pop('zz', default=None), od.pop('b'), od)
try:
    od.pop('gone')
except KeyError as e:
    print('KeyError', e)
print(_collections.OrderedDict is OrderedDict, _collections.deque([1, 2]))
d = {}
_collections._count_elements(d, 'hello')
print(d)
