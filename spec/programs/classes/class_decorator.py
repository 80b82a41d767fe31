# Class decorators receive the class and may return it modified or replaced.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@tagged("t1")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "a"), Point.tag, list(registry))
def replace(cls):
    return 42
@replace
class Gone: pass
print(Gone)
