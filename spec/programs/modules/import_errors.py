# ImportError and ModuleNotFoundError messages, attributes and __import__/importlib forms.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from json import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, "cannot import name 'no_such_name' from 'json'" in e.msg)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import json.nope
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
m = __import__("json")
print(m.__name__, m.dumps([1]))
import importlib
col = importlib.import_module("collections")
print(col.Counter("aab").most_common(1))
