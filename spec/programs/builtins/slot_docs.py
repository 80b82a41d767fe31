# Builtin methods named after a slot carry CPython's slot-wrapper docstrings (help(), doctests
# that print them); methods CPython defines with their own doc for a slot keep that one.
print(iter([]).__next__.__doc__)
print(iter(range(3)).__iter__.__doc__)
for t, names in [
    (list, ['__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__iadd__', '__imul__', '__add__', '__mul__', '__iter__', '__repr__', '__init__', '__eq__', '__lt__']),
    (int, ['__add__', '__radd__', '__neg__', '__pos__', '__abs__', '__bool__', '__invert__', '__index__', '__int__', '__float__', '__pow__', '__rpow__', '__divmod__', '__hash__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__floordiv__', '__truediv__', '__mod__']),
    (dict, ['__getitem__', '__contains__', '__len__', '__ior__', '__or__', '__ror__']),
    (set, ['__contains__', '__isub__', '__iand__', '__ixor__', '__ior__', '__sub__', '__rsub__']),
    (frozenset, ['__contains__']),
    (object, ['__repr__', '__str__', '__hash__', '__getattribute__', '__setattr__', '__delattr__', '__init__', '__ne__', '__le__', '__ge__', '__gt__']),
    (property, ['__get__', '__set__', '__delete__']),
    (type, ['__call__']),
]:
    for n in names:
        print(t.__name__, n, getattr(t, n).__doc__)
print([].append.__name__, {}.__len__.__doc__)
