# dict: __missing__ in a subclass is used by [] but not by get() or in
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default(a=1)
print(d['a'], d['hello'], d.get('zz'), 'zz' in d, d)
class Loud(dict):
    def __missing__(self, key):
        raise KeyError('missing: ' + key)
try:
    Loud()['k']
except KeyError as e:
    print(e)
class Sub(dict):
    pass
try:
    Sub()['q']
except KeyError as e:
    print(repr(e))
print(type(Sub(x=1) | {'y': 2}).__name__, isinstance(d, dict))
