# dataclasses generate __match_args__, so class patterns work positionally on them.
from dataclasses import dataclass


@dataclass
class Num:
    value: int


@dataclass
class Add:
    left: object
    right: object


@dataclass
class Mul:
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(operand=o):
            return -evaluate(o)


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return f"({show(l)} + {show(r)})"
        case Mul(l, r):
            return f"{show(l)} * {show(r)}"
        case Neg(o):
            return f"-{show(o)}"


expr = Add(Mul(Num(3), Neg(Num(4))), Neg(Neg(Num(5))))
print(Add.__match_args__)
print(show(expr), "=", evaluate(expr))
print(evaluate(Mul(Num(0), Add(Num(1), Num(2)))))
print(expr)
