# A relative import whose globals have neither __package__ nor __spec__ warns ImportWarning (then
# falls back on __name__); __spec__.parent is used when __package__ is missing.
import types
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1)
    except ImportError as e:
        print(type(e).__name__, e)
print([(x.category.__name__, str(x.message)) for x in w])

spec = types.SimpleNamespace(parent='json')
m = __import__('decoder', {'__spec__': spec, '__name__': 'whatever'}, {}, ('JSONDecoder',), 1)
print(m.__name__)
spec.parent = 3
try:
    __import__('decoder', {'__spec__': spec, '__name__': 'whatever'}, {}, ('x',), 1)
except TypeError as e:
    print(e)
