# A chain of 100 objects with __del__, each holding the next: one gc.collect() finalizes the
# whole chain, outermost first (CPython frees it at once by reference counting; pystm's
# collect() repeats the collection while finalizers ran, up to lib/gc.py's _ROUNDS).
# CPython's test_ordered_dict test_highly_nested_subclass.
import gc
from collections import OrderedDict

for base in (dict, OrderedDict, list, object):
    deleted = []

    class Node(base):
        def __del__(self):
            deleted.append(self.i)

    obj = None
    for i in range(100):
        inner = obj
        obj = Node()
        obj.inner = inner
        obj.i = i
    del obj, inner
    gc.collect()
    print(base.__name__, deleted == list(reversed(range(100))))
