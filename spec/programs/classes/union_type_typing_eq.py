# types.UnionType (int | str) equals typing.Union of the same types and hashes the same (as
# hash(frozenset(args))); its repr writes None for NoneType.
import typing

print(int | str == typing.Union[int, str], typing.Union[int, str] == int | str)
print(int | None == typing.Optional[int], (int | str) != typing.Union[int, bytes])
print(hash(int | str) == hash(str | int) == hash(typing.Union[int, str]))
print(hash(int | str) == hash(frozenset([int, str])))
print(repr(int | None), repr(None | list[int]), repr(int | str | None))
print(list | str == typing.Union[list, str], {int | str: 1}[typing.Union[str, int]])
