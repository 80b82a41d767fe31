# match statement: literal, capture, sequence with star, mapping with rest, class, or, guard.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case [x, *rest] if len(rest) > 1:
            return f"long seq from {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case {"kind": "circle", **others}:
            return f"circle {sorted(others)}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"


for v in [1, [1, 2, 3], (4, 5), {"kind": "circle", "r": 2, "c": 0}, Point(0, 3), Point(1, 2), "hi", 3.5]:
    print(describe(v))
