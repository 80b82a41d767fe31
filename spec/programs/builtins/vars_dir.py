# vars() of instances/classes/modules and dir() of a class (sorted, includes inherited names).
import math

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.x = 1
        self.y = 2

c = Child()
print(vars(c))
vars(c)["z"] = 3
print(c.z)
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(c) if not n.startswith("__")])
print("sqrt" in vars(math), "__init__" in dir(Child), "__class__" in dir(c))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha"]

print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

def f():
    local_one = 1
    return sorted(dir())
print(f())
