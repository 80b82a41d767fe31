# types.GenericAlias and types.UnionType have __parameters__ (the type variables of their arguments,
# nested ones included) and substitute them when subscripted; an alias without parameters is not
# generic, and a wrong argument count is a TypeError.
import typing
T = typing.TypeVar('T'); S = typing.TypeVar('S')
for e in ['list[int][str]', '(int|str)[int]', 'list[T][int]', '(int|T)[str]', 'dict[T, list[S]][int, str]',
          'dict[T, list[S]].__parameters__', '(list[T] | list[S])[int, int]', '(list[T] | list[S]).__parameters__',
          '(list[T] | list[S])[int, T]', 'list[T][T]', 'list[T][int].__parameters__',
          'list[typing.List[T]][int]', 'list[int | list[T]].__parameters__', 'list[int | list[T]][str]',
          '(float | list[T])[int]', 'list[T][int, str]', 'tuple[T, ...][int]', 'list[T][int] == list[int]']:
    try:
        print(e, '=>', repr(eval(e)))
    except Exception as x:
        print(e, '=>', type(x).__name__, x)
x = int | T | bytes
print(x[str], x[typing.Union[str, list]], x[S], x[list[int]] == int | list[int] | bytes)
