# staticmethod and classmethod copy the wrapped function's __module__, __name__, __qualname__,
# __doc__ and __annotations__ into their own __dict__ (Python 3.10+), and take new attributes.
def f(x: int) -> int:
    "doc of f"
    return x

for wrapper in (staticmethod, classmethod):
    w = wrapper(f)
    print(wrapper.__name__, w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__)
    print(sorted(w.__dict__), w.__wrapped__ is f, w.__func__ is f)
    w.tag = 'tagged'
    print(w.tag, w.__dict__['tag'])

class K:
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def c(cls):
        "class doc"
print(K.__dict__['s'].__name__, K.__dict__['s'].__doc__, K.__dict__['c'].__qualname__, K.__dict__['c'].__doc__)
sm = staticmethod(len)
print(sm.__name__, sm.__doc__ == len.__doc__, sorted(sm.__dict__))
