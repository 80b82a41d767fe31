# A function or class declared `global` in the function that defines it has its bare name as
# __qualname__ (CPython's compiler forces it global), so pickle finds it by name.
def make():
    global Made, made_fn
    class Made:
        class Inner:
            pass
        def meth(self):
            pass
    def made_fn():
        def local():
            pass
        return local
    class Local:
        pass
    return Local

Local = make()
print(Made.__qualname__, Made.Inner.__qualname__, Made.meth.__qualname__)
print(made_fn.__qualname__, made_fn().__qualname__)
print(Local.__qualname__)

class Outer:
    def method(self):
        global in_method
        def in_method():
            pass
        return in_method
print(Outer().method().__qualname__)

import pickle
print(pickle.loads(pickle.dumps(Made)) is Made, pickle.loads(pickle.dumps(made_fn)) is made_fn)
try:
    pickle.dumps(Local)
except AttributeError as e:
    print('AttributeError', e)
