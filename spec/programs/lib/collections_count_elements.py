# collections._count_elements(mapping, iterable) tallies into any mapping through its get and
# __setitem__ (Counter.update uses it, so a subclass's __setitem__ sees every count).
from collections import Counter, OrderedDict, _count_elements

d = {}
_count_elements(d, 'abracadabra')
print(d)
m = OrderedDict()
_count_elements(m, 'abracadabra')
print(m)


class Loud(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


print(dict(Loud('abca')))
