# types.MappingProxyType: the mapping check, keyword, str, reversed, | on the mappings (|= refused), [] as a generic alias.
import types, collections
MP = types.MappingProxyType
class userdict(dict):
    pass
print(MP({'x': 1}) == {'x': 1}, MP(userdict(x=1)) == {'x': 1}, MP(collections.ChainMap({'x': 1}, {'y': 2})) == {'x': 1, 'y': 2})
for bad in [10, ('a', 'tuple'), ['a', 'list']]:
    try:
        MP(bad)
    except TypeError as e:
        print(e)
print(MP(mapping={'a': 1}))
print(sorted(set(dir(MP({}))) - set(dir(object()))))
d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3, 'd': 4}
mp = MP(d)
del d['foo']
print(list(reversed(mp)))
mapping = {'a': 0, 'b': 1, 'c': 2}
view = MP(mapping)
for f in [lambda: view | [('r', 2)], lambda: [('r', 2)] | view]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    view |= {}
except TypeError as e:
    print(e)
other = {'c': 3, 'p': 0}
print(view | other, other | view, view | view, mapping, other)
print(MP[int], MP({'a': 1}).keys(), MP({'a': 1}).copy())
