# dict.fromkeys on a dict subclass stores through the subclass's __setitem__.
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)

print(Logged.fromkeys([1, 2], 5))

class Exc(Exception):
    pass

class Bad(dict):
    def __setitem__(self, key, value):
        raise Exc("no")

try:
    Bad.fromkeys([1])
except Exc as e:
    print("Exc", e)

d = {i: i for i in range(3)}

class Returns(dict):
    def __new__(cls):
        return d

print(Returns.fromkeys({"a"}), type(Returns.fromkeys([])).__name__)
