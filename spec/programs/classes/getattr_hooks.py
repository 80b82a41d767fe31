# __getattr__ is called only for missing attributes; __getattribute__ for all.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("gen_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.gen_abc, getattr(l, "missing", "default"))
try:
    l.other
except AttributeError as e:
    print(e)
class Spy:
    def __init__(self):
        self.a = 10
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.a)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().boom)
