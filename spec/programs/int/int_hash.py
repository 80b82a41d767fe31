# hash() of ints: the value modulo 2**61-1 with the sign, and -1 becomes -2.
for n in (0, 1, -1, -2, 2 ** 30, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 2 ** 122 - 1):
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
d = {1: "int", 2.0: "float"}
d[1.0] = "float one"
d[2] = "int two"
print(d)
print({2 ** 61 - 1: 1, 0: 2}, len({0, 2 ** 61 - 1, 0.0, -0.0, False}))
