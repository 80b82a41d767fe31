# Class(...) returns the instance even when __init__ takes only *args / **kwargs (self is not
# a named parameter) or is wrapped by a decorator that forwards *args.
def forward(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, len(args), sorted(kwargs))
        return f(*args, **kwargs)
    return wrapper

class A:
    @forward
    def __init__(self, *args):
        self.args = args

class B:
    def __init__(*args):
        print("B got", len(args), "arguments")

class C:
    def __init__(*args, **kw):
        args[0].kw = kw

a = A(1, 2)
print(type(a).__name__, a.args)
print(type(B()).__name__, type(B(1, 2)).__name__)
c = C(x=1)
print(type(c).__name__, c.kw)
