# dict: setdefault, get, pop with and without default, popitem LIFO order
d = {'a': 1}
print(d.setdefault('a', 9), d.setdefault('b', 2), d.setdefault('c'), d)
print(d.get('a'), d.get('zz'), d.get('zz', 0))
print(d.pop('a'), d.pop('a', 'gone'), d)
d.update(x=1, y=2)
print(d.popitem(), d.popitem(), d)
while d:
    d.popitem()
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
try:
    d.pop('nope')
except KeyError as e:
    print(repr(e))
