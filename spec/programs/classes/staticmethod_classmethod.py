# staticmethod and classmethod called on the class, an instance and a subclass.
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @staticmethod
    def area_of(w, h):
        return w * h
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class Square(Shape):
    count = 0
print(Shape.area_of(2, 3), Shape().area_of(4, 5))
s = Square.make()
print(type(s).__name__, Square.name(), s.name(), Shape.name())
print(Shape.count, Square.count)
sm = Shape.__dict__["area_of"]
print(type(sm).__name__, sm.__func__(3, 3), callable(sm))
print(type(Shape.__dict__["make"]).__name__, Shape.make.__self__ is Shape)
