# enum's helper functions that CPython's tests use: pickle_by_global_name (alias
# _reduce_ex_by_global_name), pickle_by_enum_name, _make_class_unpicklable, _iter_bits_lsb (a
# generator: a negative value raises when iterated) and _is_descriptor (looks on the object).
import enum, pickle
from enum import Enum, IntEnum
class foo: pass
o = foo(); print(enum._is_descriptor(o)); o.__get__ = 1; print(enum._is_descriptor(o))
g = enum._iter_bits_lsb(-8)
print(list(enum._iter_bits_lsb(7)))
try:
    list(g)
except ValueError as e:
    print('ValueError', e)
class R(IntEnum):
    ONE = 1
    TWO = 2
R.__reduce_ex__ = enum._reduce_ex_by_global_name
print(R.TWO.__reduce_ex__(2))
R.__reduce_ex__ = enum.pickle_by_enum_name
print(R.TWO.__reduce_ex__(2) == (getattr, (R, 'TWO')))
Bad = Enum('Bad', 'dill sweet', module=__name__)
enum._make_class_unpicklable(Bad)
try:
    pickle.dumps(Bad.dill)
except TypeError as e:
    print('TypeError', e)
print(Bad.__module__)
