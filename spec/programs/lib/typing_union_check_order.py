# isinstance/issubclass with a typing.Union check its members in order with issubclass: a TypeVar
# or subscripted generic met before a matching class raises TypeError; after one, it is not reached.
import typing
T = typing.TypeVar('T')
for x in (int | T, typing.Union[int, T], T | int, typing.Union[T, int]):
    for f in (lambda: isinstance(1, x), lambda: issubclass(int, x)):
        try:
            print(f())
        except TypeError as e:
            print('TypeError', e)
try:
    isinstance(1, T)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance([], typing.Union[int, typing.List[int]])
except TypeError as e:
    print('TypeError', e)
print(isinstance(1, typing.Union[int, typing.List[int]]))
