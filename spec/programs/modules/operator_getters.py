# operator.itemgetter, attrgetter (dotted names) and methodcaller: calls, reprs, pickling and
# copying, argument checks and messages as CPython's C classes; used as sort keys.
import copy
import operator
import pickle
from operator import attrgetter, itemgetter, methodcaller


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


rows = [(3, 'c', 2.0), (1, 'a', 9.5), (2, 'b', 0.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(slice(1, None))('hello'), itemgetter('k')({'k': 5}), itemgetter(-1)([1, 2, 3]))
show(itemgetter(5), [1])
show(itemgetter)
show(itemgetter, 1, x=2)
show(itemgetter(1))
show(itemgetter(1), 1, 2)


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age


people = [Person('Ada', 'Lovelace', 36), Person('Alan', 'Turing', 41), Person('Grace', 'Hopper', 85)]
print([p.age for p in sorted(people, key=attrgetter('name.last'))])
print(attrgetter('name.first', 'age')(people[0]), attrgetter('age')(people[1]))
show(attrgetter('name.middle'), people[0])
show(attrgetter)
show(attrgetter, 1)
show(attrgetter, 'a', 2)
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('count', 'a')('banana'))
show(methodcaller)
show(methodcaller, 1)
show(methodcaller('nope'), 1)
for g in [itemgetter(1), itemgetter(1, 'a'), attrgetter('a.b', 'c'), methodcaller('m'), methodcaller('m', 1, 'x', k=[2])]:
    print(repr(g), g.__reduce__())
    for clone in (pickle.loads(pickle.dumps(g)), copy.copy(g), copy.deepcopy(g)):
        print(' ', repr(clone))
print(type(itemgetter(1)).__module__, type(itemgetter(1)).__name__)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print('TypeError', 'not an acceptable base type' in str(e))  # (CPython names it 'operator.itemgetter')
try:
    itemgetter(1).x = 1
except AttributeError as e:
    print('AttributeError', e)
