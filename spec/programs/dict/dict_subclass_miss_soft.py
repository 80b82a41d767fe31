# d[k] misses of dict subclasses with dict's own __getitem__ are soft-raised (OrderedDict, a plain
# subclass); an own __getitem__ or a __missing__ (defaultdict, Counter) keeps its path.
from collections import OrderedDict, defaultdict, Counter
class D(dict): pass
class G(dict):
    def __getitem__(self, k):
        return 'own'
class Mi(dict):
    def __missing__(self, k):
        return ('missing', k)
for d in (OrderedDict(a=1), D(a=1), G(), Mi(), defaultdict(int), Counter('aab')):
    for k in ('a', 'zz'):
        try:
            print(type(d).__name__, k, d[k])
        except KeyError as e:
            print(type(d).__name__, 'KeyError', repr(e), e.__traceback__.tb_lineno)
class E(D):
    pass
e = E(x=1)
try:
    try:
        e['nope']
    except KeyError as k:
        e[k.args[0] + '!']
except KeyError as k2:
    print(repr(k2), repr(k2.__context__))
print(e['x'])
