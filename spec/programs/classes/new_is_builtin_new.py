# A builtin's __new__ stored in a class (`__new__ = list.__new__`) does not become the class's
# constructor: calling the class uses the inherited __new__ (CPython's update_one_slot special
# case for tp_new_wrapper); calling C.__new__ explicitly still checks its argument.
class C(object):
    __new__ = list.__new__


c = C()
print(type(c).__name__, isinstance(c, list))
try:
    C.__new__(C)
except TypeError as e:
    print('TypeError', e)


class D(list):
    __new__ = object.__new__


d = D([1, 2])
print(type(d).__name__, d, isinstance(d, list))
try:
    D.__new__(D)
except TypeError as e:
    print('TypeError', e)


class E(int):
    __new__ = int.__new__


print(E(5), type(E(5)).__name__)


class F(D):
    pass


print(type(F()).__name__, F([3]))

for f in [lambda: object.__new__(), lambda: object.__new__(''), lambda: list.__new__(object),
          lambda: object.__new__(list)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
