# sys.modules caches imports; a module placed there by hand can be imported; reload semantics.
import sys
import types

print("json" in sys.modules)
import json
print("json" in sys.modules, sys.modules["json"] is json)
fake = types.ModuleType("fake_mod", "a module made at runtime")
fake.answer = 42
sys.modules["fake_mod"] = fake
import fake_mod
from fake_mod import answer
print(fake_mod is fake, answer, fake_mod.__doc__, fake_mod.__name__)
del sys.modules["fake_mod"]
try:
    import fake_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
print(type(sys).__name__, sys.__name__, "sys" in sys.modules, "builtins" in sys.modules)
