# __setattr__ and __delattr__ intercept stores and deletions, including in __init__.
class Audit:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
a = Audit()
a.y = 5
print(a.x, a.y, sorted(vars(a)))
del a.x
print(sorted(a.__dict__))
try:
    del a.nope
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name}")
try:
    Frozen().q = 1
except AttributeError as e:
    print(e)
setattr(a, "z", 3)
delattr(a, "z")
print(hasattr(a, "z"))
