# TypeError messages for too many positional, unexpected and duplicate arguments.
def zero(): pass
def one(a): pass
def dflt(a, b=1): pass
def kwo(a, *, k): pass
def po(a, /, b): pass
class C:
    def m(self, a): pass
for call in (lambda: zero(1), lambda: one(1, 2), lambda: dflt(1, 2, 3), lambda: kwo(1, 2),
             lambda: kwo(1, 2, k=3), lambda: one(b=1), lambda: one(1, a=2), lambda: zero(x=1),
             lambda: po(a=1, b=2), lambda: C().m(1, 2), lambda: one(1, **{"a": 2}),
             lambda: one(**{1: 2}), lambda: one(**5), lambda: dflt(1, c=2, d=3)):
    try:
        call()
    except TypeError as e:
        print(e)
