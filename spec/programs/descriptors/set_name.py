# __set_name__ tells a descriptor its attribute name and owner at class creation.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Rec:
    x = Field()
    y = Field()
r = Rec()
r.x = 3
print(r.x, r.y, sorted(vars(r)))
try:
    r.y = "s"
except TypeError as e:
    print(e)
class Late: pass
f = Field()
Late.z = f
print(hasattr(f, "name"))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Owner:
        b = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
except ValueError as e:
    print("ValueError", e)
