# A property's AttributeError names it only when __set_name__ gave it a name (CPython 3.11: a
# property set on the class afterwards is "property of 'K' object has no setter", whatever its
# getter is called), and a builtin class's __module__ is 'builtins' even when its dict holds its
# instances' __module__ descriptor (function, builtin_function_or_method).
import types


class K3:
    pass


K3.x = property(lambda s: 1)


def getter(s):
    return 2


K3.y = property(getter)


class K4:
    z = property(getter)

    @property
    def w(self):
        return 3


p = property(getter)
p.__set_name__(K3, 'named')
K3.named = p
for o, n in [(K3(), 'x'), (K3(), 'y'), (K4(), 'z'), (K4(), 'w'), (K3(), 'named')]:
    for op in (lambda: setattr(o, n, 5), lambda: delattr(o, n)):
        try:
            op()
        except AttributeError as e:
            print(e)


def f():
    pass


print(type(f).__module__, type(len).__module__, types.FunctionType.__module__, type(K3.__init__).__module__)
print(type([].append).__module__, types.GeneratorType.__module__, type(K3).__module__, K3.__module__, int.__module__)
import collections
print(collections.deque.__module__, collections.OrderedDict.__module__, types.SimpleNamespace.__module__)
