# types (SimpleNamespace, ModuleType, FunctionType...) and weakref basics.
import types
import weakref

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None))
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), type(C.__dict__["m"]) is types.FunctionType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, isinstance(r, weakref.ref))
d = weakref.WeakValueDictionary()
d["x"] = o
print(d["x"] is o, "x" in d)
