# types.GenericAlias pickles and copies as type(alias)(origin, args) (its __reduce__), unions through
# copyreg's reducer; typing re-exports GenericAlias and has the _cleanups list test.support uses.
import copy, pickle, typing, types
T = typing.TypeVar('T')
for orig in (list[int], dict[str, list[int]], list[int] | int, int | str):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        loaded = pickle.loads(pickle.dumps(orig, proto))
        assert loaded == orig and loaded.__args__ == orig.__args__, (orig, proto)
    print(repr(copy.copy(orig)), repr(copy.deepcopy(orig)), type(copy.copy(orig)).__name__)
print(list[int].__reduce__())
print(typing.GenericAlias is types.GenericAlias, repr(int | typing.GenericAlias(list, int)), type(typing._cleanups).__name__)
