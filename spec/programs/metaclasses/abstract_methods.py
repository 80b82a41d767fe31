# abc.ABC with abstractmethod refuses instantiation until every method is overridden.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Half(Shape):
    def area(self): return 1
class Full(Half):
    def name(self): return "full"
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Full().area(), Full().name(), isinstance(Full(), Shape), sorted(Shape.__abstractmethods__))
