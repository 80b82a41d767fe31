# TypeError messages for missing positional and keyword-only arguments.
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def kwo(*, x, y): pass
def mixed(a, *, k): pass
class C:
    def m(self, a, b): pass
for call in (lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(1),
             lambda: kwo(), lambda: kwo(x=1), lambda: mixed(), lambda: mixed(1),
             lambda: C().m(), lambda: C().m(1), lambda: C.m()):
    try:
        call()
    except TypeError as e:
        print(e)
