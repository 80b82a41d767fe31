# Structural pattern matching over a small shape language (match/case, dataclasses).
from dataclasses import dataclass


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


def area(shape) -> float:
    match shape:
        case Circle(r=r):
            return 3.14159 * r * r
        case Rect(w, h) if w == h:
            return w * w
        case Rect(w=w, h=h):
            return w * h
        case [first, *rest]:
            return area(first) + sum(area(s) for s in rest)
        case _:
            raise TypeError(f"not a shape: {shape!r}")


print(round(area([Circle(1.0), Rect(2, 3), Rect(2, 2)]), 3))
