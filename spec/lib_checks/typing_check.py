# Check script for lib/typing: reprs of subscriptions, equality, substitution, Generic/Protocol
# subclassing, NamedTuple/TypedDict class syntax, get_type_hints/get_origin/get_args, helpers.
# Output must equal CPython's real typing. Plain Python so it can later run under pystm itself.
import typing
from typing import *

T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
S = TypeVar('S', str, bytes)
Ctr = TypeVar('Ctr', contravariant=True)


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item


class Pair(Generic[K, T]):
    pass


class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


class FullMovie(Movie, PartialMovie):
    director: str


class P(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x * self.x + self.y * self.y


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class NotRuntime(Protocol):
    def go(self) -> int:
        ...


class HasClose:
    def close(self):
        pass


class Annot:
    a: int
    b: 'List[int]'
    c: Optional['Annot'] = None
    d: Annotated[int, 'meta']
    e: ClassVar[str] = 'x'


class SubAnnot(Annot):
    f: 'Dict[str, Annot]'


def func(a: int, b: 'str' = 'x', c: None = None) -> 'List[int]':
    return []


exprs = [
    "List", "List[int]", "Dict[str, int]", "Optional[int]", "Union[int, str]", "Union[int, None, str]",
    "Optional[Union[int, str]]", "Union[int]", "Union[int, int]", "Union[int, Union[str, float]]",
    "Callable[[int, str], bool]", "Callable[..., int]", "Callable", "Callable[[], int]",
    "Tuple[int, ...]", "Tuple[()]", "Tuple[int, str]", "Tuple", "Any", "T", "C", "K", "S", "Ctr",
    "(K.__bound__, S.__constraints__, T.__name__, C.__covariant__, Ctr.__contravariant__)",
    "Literal[1, 'a']", "Literal['a']", "ClassVar[int]", "Final[int]", "Annotated[int, 'm']",
    "Annotated[Annotated[int, 1], 2]", "Type[int]", "Type", "Box[int]", "Box", "Box.__parameters__",
    "Pair.__parameters__", "Pair[int, str]", "Pair[int]", "Box[int, str]", "Iterable[int]",
    "List['int']", "Optional['X']", "Movie(name='x', year=1)", "type(Movie(name='x', year=1))",
    "sorted(Movie.__required_keys__)", "Movie.__total__", "sorted(PartialMovie.__optional_keys__)",
    "PartialMovie.__total__", "sorted(FullMovie.__required_keys__)", "sorted(FullMovie.__optional_keys__)",
    "FullMovie.__annotations__", "isinstance({}, Movie)", "is_typeddict(Movie)", "is_typeddict(dict)",
    "TypedDict('TD', {'a': int})(a=1)", "TypedDict('TD', {'a': int}).__annotations__",
    "P(1)", "P(1, 2).norm()", "P._fields", "P.__annotations__", "P._field_defaults", "P(3, 4)._replace(x=0)",
    "P(1) == (1, 0)", "isinstance(P(1), tuple)", "NamedTuple('Q', [('a', int), ('b', str)])(1, 'b')",
    "NamedTuple('Q', [('a', int)]).__annotations__", "NamedTuple('R', a=int)._fields",
    "NewType('UserId', int)", "NewType('UserId', int)(5)", "NewType('UserId', int).__supertype__",
    "get_origin(List[int])", "get_origin(List)", "get_origin(int)", "get_origin(Union[int, str])",
    "get_origin(Annotated[int, 1])", "get_origin(Literal[1])", "get_origin(Box[int])", "get_origin(Generic)",
    "get_args(Dict[str, int])", "get_args(Callable[[int], str])", "get_args(Callable[..., str])",
    "get_args(Union[int, str])", "get_args(int)", "get_args(Annotated[int, 'x', 'y'])", "get_args(Tuple[int, ...])",
    "get_args(Literal[1, 2])", "Union[int, str] == Union[str, int]", "List[int] == List[int]",
    "List[int] == List[str]", "hash(List[int]) == hash(List[int])", "Optional[int] == Union[int, None]",
    "Literal[1, 2] == Literal[2, 1]", "Sequence[int]", "Mapping[str, int]", "Generator[int, None, None]",
    "Set[int]", "FrozenSet[int]", "Iterator[int]", "MutableMapping[str, int]", "AbstractSet[int]",
    "NoReturn", "Never", "Self", "Protocol", "Generic", "Optional[List[int]]", "List[T]", "List[T][int]",
    "Dict[str, T][int]", "Dict[K, T][int, str]", "List[T].__parameters__", "Callable[[T], K].__parameters__",
    "Callable[[T], K][int, bool]", "isinstance([], List)", "isinstance([], List[int])", "issubclass(list, List)",
    "isinstance({}, Dict)", "isinstance(1, Union[int, str])", "isinstance(1.5, Optional[int])",
    "cast(int, 'x')", "cast('List[int]', 5)", "TYPE_CHECKING", "List[int] | None", "Optional[int] | str",
    "Union[int, List[int]]", "AnyStr", "Text", "Hashable", "Sized", "DefaultDict[str, int]",
    "Deque[int]", "Counter[str]", "OrderedDict[str, int]", "ChainMap[str,int]", "Awaitable[int]",
    "Coroutine[int, int, int]", "AsyncIterator[int]", "ContextManager[int]", "Optional[None]",
    "Union[None, int]", "Union[int, Optional[str]]", "Optional[int].__args__", "List[int].__origin__",
    "Annotated[int, 'a'].__metadata__", "Box[int]().__orig_class__", "Box[int](5).item",
    "issubclass(Box, Generic)", "Box.__mro__", "Box.__orig_bases__", "Pair.__orig_bases__",
    "isinstance(HasClose(), Closer)", "isinstance(5, Closer)", "issubclass(HasClose, Closer)",
    "isinstance(HasClose(), NotRuntime)", "Closer()", "Closer._is_protocol", "isinstance(3, SupportsInt)",
    "isinstance('x', SupportsInt)", "isinstance(3, SupportsIndex)",
    "get_type_hints(Movie)", "get_type_hints(Annot)", "get_type_hints(Annot, include_extras=True)",
    "get_type_hints(SubAnnot)", "get_type_hints(func)", "get_type_hints(P)",
    "Union[()]", "Optional[int, str]", "Generic[int]", "Union[1]", "ClassVar[int, str]", "Any[int]",
    "Any()", "Union()", "Dict[int]", "List[int, str]", "Literal[1].__args__",
    "TypeVar('X').__module__", "List.__name__", "Callable[[int], str].__origin__",
]
for e in exprs:
    try:
        r = eval(e)
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
    else:
        print(e, '->', repr(r))


@overload
def ov(x: int) -> int:
    ...


@overload
def ov(x: str) -> str:
    ...


def ov(x):
    return x


print('overload', ov(3), ov('s'))


@overload
def only_ov(x: int) -> int:
    ...


try:
    only_ov(1)
except NotImplementedError as e:
    print('overload dummy', e)


@no_type_check
def untyped(a: 'not a type') -> 'nope':
    return a


print('no_type_check', untyped.__no_type_check__, get_type_hints(untyped))


@final
class Leaf:
    pass


print('final', getattr(Leaf, '__final__', None))

try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('NamedTuple order', e)

try:
    class Both(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print('Generic twice', type(e).__name__)

try:
    class Plain(Generic):
        pass
except TypeError as e:
    print('plain Generic', e)


class Node(Generic[T]):
    def __init__(self, value: T, children: 'List[Node[T]]' = None):
        self.value = value
        self.children = children or []


print('generic node', Node[int](1).value, Node[str].__origin__ is Node, Node.__parameters__)


def annotated_locals():
    x: List[int] = [1, 2]
    return x


print('local annotation', annotated_locals())
