# hash() of an object whose __hash__ returns an int that fits a 64-bit Py_hash_t is that int
# (-1 becomes -2), so a __hash__ returning hash(some_tuple) hashes like the tuple (dataclasses
# rely on it); only larger ints are reduced as int's own hash.
from dataclasses import dataclass


class A:
    def __hash__(self):
        return 2 ** 62


class B:
    def __hash__(self):
        return 2 ** 64 + 5


class C:
    def __hash__(self):
        return -1


class D:
    def __hash__(self):
        return hash(('x', 1, 2.5))


print(hash(A()), hash(B()), hash(C()), hash(D()) == hash(('x', 1, 2.5)), hash(-(2 ** 63)))


@dataclass(frozen=True)
class P:
    x: int
    y: str


print(hash(P(1, 'a')) == hash((1, 'a')))
