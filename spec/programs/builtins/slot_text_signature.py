# Slot wrappers (wrapper_descriptor) and their bound method-wrappers carry CPython's
# __text_signature__ (inspect.signature reads it: test_types test_dunder_get_signature);
# (builtin methods that are not slot wrappers have none yet, unlike CPython: not printed).
cases = [
    (object, '__init__'), (object, '__str__'), (object, '__setattr__'), (object, '__delattr__'),
    (object, '__getattribute__'), (object, '__hash__'), (object, '__eq__'), (object, '__repr__'),
    (int, '__add__'), (int, '__radd__'), (int, '__pow__'), (int, '__rpow__'), (int, '__neg__'),
    (int, '__bool__'), (int, '__index__'), (int, '__divmod__'), (float, '__truediv__'),
    (list, '__setitem__'), (list, '__delitem__'), (list, '__iadd__'), (list, '__imul__'),
    (list, '__len__'), (list, '__iter__'), (list, '__contains__'), (tuple, '__getitem__'),
    (set, '__ior__'), (set, '__isub__'), (set, '__ixor__'), (set, '__iand__'),
    (property, '__get__'), (property, '__set__'), (property, '__delete__'),
    (type(lambda: 0), '__get__'), (type(lambda: 0), '__call__'), (type, '__call__'),
]
for cls, name in cases:
    w = cls.__dict__[name]
    print(cls.__name__, name, type(w).__name__, w.__text_signature__)
print(object.__init__.__get__.__text_signature__)
print((3).__pow__.__text_signature__, type((3).__pow__).__name__)
print(object().__str__.__text_signature__)
