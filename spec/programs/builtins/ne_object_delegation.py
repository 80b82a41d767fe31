# object.__ne__ calls the type's own __eq__ and inverts it; NotImplemented lets the reflected
# __ne__ be tried, never the reflected __eq__ (CPython's test_compare ne_high/low_priority).
calls = []
class Left:
    def __eq__(*args):
        calls.append('Left.__eq__')
        return NotImplemented
class Right:
    def __eq__(*args):
        calls.append('Right.__eq__')
        return NotImplemented
    def __ne__(*args):
        calls.append('Right.__ne__')
        return NotImplemented
print(Left() != Right())
print(calls)
calls.clear()
class Base:
    def __eq__(*args):
        calls.append('Base.__eq__')
        return NotImplemented
class Derived(Base):
    def __eq__(*args):
        calls.append('Derived.__eq__')
        return NotImplemented
    def __ne__(*args):
        calls.append('Derived.__ne__')
        return NotImplemented
print(Base() != Derived())
print(calls)


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v


print(E(1) != E(1), E(1) != E(2), E(1) != 3, E(1).__ne__(3), E(1).__ne__(E(1)))
print(object().__ne__(object()), [1] != [1], (E(1),) != (E(1),))
