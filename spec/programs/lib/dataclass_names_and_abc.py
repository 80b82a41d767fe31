# make_dataclass rejects keywords as field names; the methods a dataclass generates (order=True)
# implement an ABC base's abstract methods (abc.update_abstractmethods runs at the end).
import abc
from dataclasses import dataclass, make_dataclass
for name in ('for', 'async', 'as'):
    try:
        make_dataclass('C', ['a', name])
    except TypeError as e:
        print('TypeError', e)
class Ordered(abc.ABC):
    @abc.abstractmethod
    def __lt__(self, other):
        pass
@dataclass(order=True)
class Date(Ordered):
    year: int
    day: int
print(sorted(Date.__abstractmethods__), Date(2020, 3) > Date(2020, 1))
