# The "has no getter/setter/deleter" messages of a property with and without a name.
class C:
    x = property()
    y = property(None, None)
    @property
    def z(self): return 1
for op in ('get', 'set', 'del'):
    for name in ('x', 'z'):
        try:
            if op == 'get': getattr(C(), name)
            elif op == 'set': setattr(C(), name, 1)
            else: delattr(C(), name)
            print(op, name, 'ok')
        except AttributeError as e:
            print(op, name, e)
p = property()
class D: pass
try:
    p.__get__(D())
except AttributeError as e:
    print(e)
