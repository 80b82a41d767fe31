# typing caches its subscriptions as CPython does (_tp_cache): List[int] is List[int], Literal
# keyed by type (Literal[1] is not Literal[True]), and an alias equal to an earlier one gives the
# earlier result (ForwardBefore[int] answers with ForwardAfter[int]'s Union[int, Forward]).
import typing
from typing import List, Dict, Union, Optional, Tuple, Callable, Generic, TypeVar
T = TypeVar('T')
class G(Generic[T]): pass
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Union[int, str] is Union[int, str], Optional[int] is Optional[int])
print(Tuple[int, ...] is Tuple[int, ...], Callable[[int], str] is Callable[[int], str], G[int] is G[int], List[T][int] is List[int])
print(Union[int, str] is Union[str, int], Union[int, str], Union[str, int])
print(typing.Literal[1, True] is typing.Literal[1, True], typing.Literal[1], typing.Literal[True])
class Forward: pass
ForwardAfter = T | 'Forward'
ForwardBefore = 'Forward' | T
print(ForwardAfter, ForwardBefore, ForwardAfter[int], ForwardBefore[int])
def forward_after(x: ForwardAfter[int]) -> None: ...
def forward_before(x: ForwardBefore[int]) -> None: ...
print(typing.get_args(typing.get_type_hints(forward_after, localns=globals())['x']))
print(typing.get_args(typing.get_type_hints(forward_before, localns=globals())['x']))
