# Exact big-integer arithmetic, pow with a modulus, divmod with negatives.
print(2 ** 100)
print(3 ** 1000 % 7, pow(3, 1000, 7), pow(2, -1, 7))
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5)
print((1 << 70) | 5, (1 << 70) >> 65, ~12345678901234567890)
print(int("-0x_ff", 16), int("zz", 36), int("0b1011", 0))
