# OrderedDict views' iterators pickle as iter() of what is left, without consuming it, in the
# order move_to_end made (test_ordered_dict test_iterators_pickling); mutation still refused.
import pickle
from collections import OrderedDict
pairs = [('c', 1), ('b', 2), ('a', 3), ('d', 4), ('e', 5), ('f', 6)]
od = OrderedDict(pairs)
od.move_to_end('c')
for method_name in ('keys', 'values', 'items'):
    meth = getattr(od, method_name)
    expected = list(meth())[1:]
    for i in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(meth())
        next(it)
        p = pickle.dumps(it, i)
        unpickled = pickle.loads(p)
        assert list(unpickled) == expected, (list(unpickled), expected)
        assert list(it) == expected
    print(method_name, expected, type(iter(meth())).__name__ in ('odict_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'))
d = dict(pairs)
it = iter(d.items()); next(it)
print(pickle.loads(pickle.dumps(it)).__class__.__name__, list(it))
od2 = OrderedDict(pairs)
try:
    for k in od2.keys():
        od2['zz'] = 1
except RuntimeError as e:
    print('RuntimeError')
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items()))[:2])
print(len(list(iter(od.items()))), 'c' in od.keys(), ('c', 1) in od.items(), 1 in od.values())

# an exhausted view iterator lets the OrderedDict go (test_ordered_dict test_free_after_iterating)
import gc
done = []


class A(OrderedDict):
    def __del__(self):
        done.append(True)


for view in ('keys', 'values', 'items'):
    it = iter(getattr(A(a=1), view)())
    print(list(it), pickle.loads(pickle.dumps(it)).__class__.__name__)
    gc.collect()
    print(view, done.pop() if done else False)
