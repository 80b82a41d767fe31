# __class_getitem__ is an implicit classmethod used by Cls[...]; builtin generics alias.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
a = list[int]
print(a.__origin__, a.__args__, a == list[int], a([1, 2]))
try:
    object[int]
except TypeError as e:
    print(e)
class Sub(Box): pass
print(Sub[None])
