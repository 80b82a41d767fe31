# The classes of builtin methods and attributes are CPython's descriptor types: method_descriptor
# (list.append), wrapper_descriptor (list.__add__), method-wrapper ([].__add__),
# classmethod_descriptor, getset_descriptor (int.real), member_descriptor (__slots__, READONLY).
import re


class C:
    __slots__ = ('x',)


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', s)


for e in ["list.append", "[].append", "list.__add__", "[].__add__", "int.real", "dict.fromkeys",
          "object.__init__", "object().__str__", "type.__dict__['__name__']", "str.join",
          "list.__dict__['append']", "dict.__dict__['fromkeys']", "int.__dict__['real']", "len",
          "C.x", "property.fget", "int.__divmod__", "dict.__getitem__", "list.__getitem__",
          "set.__contains__"]:
    v = eval(e)
    print(e, type(v).__name__, addr(repr(v)))
for t in (type(list.append), type(list.__add__), type([].__add__), type(int.real), type(C.x),
          type(dict.__dict__['fromkeys'])):
    print(t.__name__, t.__module__, t.__qualname__, addr(repr(t)))
