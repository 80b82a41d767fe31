# enum (values, iteration, auto, Flag) and dataclasses (defaults, ordering, frozen, asdict).
from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError

class Color(Enum):
    RED = 1
    GREEN = 2

class Level(IntEnum):
    LOW = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, Color(2), Color["GREEN"].value, list(Color), Color.RED.name)
print(Level.HIGH > Level.LOW, Level.HIGH + 1, repr(Level.LOW))
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), bool(Perm.W & Perm.X))

@dataclass(order=True)
class Item:
    price: float
    name: str = "thing"
    tags: list = field(default_factory=list)

a = Item(2.5, "pen")
b = Item(1.0)
print(a, b < a, sorted([a, b])[0].name, asdict(a))
print(replace(a, name="pencil"), a == Item(2.5, "pen"))

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0

p = P(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(P(1)), p)
