# enum.bin: two's-complement binary text ('0b' + sign bit + space + bits, padded to max_bits),
# the form Flag's ValueError messages use for unknown bits.
import enum
from enum import Flag, CONFORM, STRICT
print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(-1), enum.bin(3, 6), enum.bin(-3, 6))


class Perm(Flag, boundary=STRICT):
    R = 4
    W = 2
    X = 1


try:
    Perm(9)
except ValueError as e:
    print(e)
print(len(Perm.R | Perm.W), bin(5))
