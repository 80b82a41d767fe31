# Bitwise operations on negative ints behave as infinite two's complement.
for a in (12, -12, 0, -1, 2 ** 40, -(2 ** 40)):
    for b in (5, -5, 2 ** 35 + 3, -(2 ** 35) - 3):
        print(a & b, a | b, a ^ b)
print(~0, ~-1, ~(2 ** 100), ~-(2 ** 100))
print(-(2 ** 70) & 0xFFFF, -1 & (2 ** 70 - 1) == 2 ** 70 - 1)
print(True & 3, True | 2, True ^ True, False | False)
