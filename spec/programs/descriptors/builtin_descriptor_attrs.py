# __objclass__, __name__, __qualname__, __self__ and __get__ of the builtin descriptor types.
class C:
    __slots__ = ('x',)


fromkeys = dict.__dict__['fromkeys']
for d in (list.append, list.__add__, [].__add__, int.real, C.x, fromkeys, str.join, object.__init__):
    print(d.__name__, d.__qualname__, d.__objclass__)
print([3].__add__.__self__, [].append.__self__)
print(list.append.__get__(None, list) is list.append, list.__add__.__get__(None, list) is list.__add__)
lst = [1]
list.append.__get__(lst)(2)
list.__iadd__.__get__(lst, list)([3])
print(lst, int.real.__get__(5), int.real.__get__(None, int) is int.real)
print(fromkeys.__get__(None, dict)('ab'), fromkeys.__get__({})('c'), fromkeys(dict, 'de'))
print(type(fromkeys.__get__(None, dict)).__name__, type(list.append.__get__([])).__name__)
print(str.join('-', 'abc'), list.__add__([1], [2]), int.__add__(1, 2), object.__init__(object()))
print(list.__add__.__doc__, callable(list.append), callable(int.real))
print([hasattr(x, '__get__') for x in (list.append, [].append, list.__add__, [].__add__, int.real, len)])
print([hasattr(x, '__set__') for x in (list.append, list.__add__, int.real, C.x, property())])
print(isinstance(int.real, property), isinstance(C.x, property))
lst = []
print(lst.__add__ == lst.__add__, lst.__add__ == [].__add__, hash(lst.__add__) == hash(lst.__add__))
