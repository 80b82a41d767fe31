# dict: nested dicts, equality independent of order, comparisons with other types
a = {'x': {'y': {'z': 1}}, 'l': [1, 2]}
a['x']['y']['w'] = 2
print(a, a['x']['y'])
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3}, {} == [])
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(e)
import copy
b = copy.deepcopy(a)
b['x']['y']['z'] = 99
print(a['x']['y']['z'], b == a)
