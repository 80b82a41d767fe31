# f(*x), f(**x) with bad values name the function in the TypeError (bound methods, builtins, lambdas)
def one(a=1, **k): pass
class C:
    def m(self, *a): pass
for f in [lambda: one(*5), lambda: one(**5), lambda: C().m(*5), lambda: one(1, *5), lambda: one(*[1], **None), lambda: print(**3), lambda: len(*None), lambda: one(*[], *5), lambda: one(**{}, **7), lambda: one(x=1, **7), lambda: C.m(*1)]:
    try:
        f()
    except TypeError as e:
        print(e)
print(one(*(1,)), one(*[1]), one(*'a'), one(*{2: 3}))
