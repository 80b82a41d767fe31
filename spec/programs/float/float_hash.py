# hash() of floats matches ints for integral values and is deterministic otherwise.
for x in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 0.1, 1e100, -1e100, 2.0 ** 61, 2.0 ** 62, 1e-300, 5e-324,
          float("inf"), float("-inf"), 123456789.125, 2.0 ** 53 + 2):
    print(x, hash(x))
print(hash(2.0 ** 100) == hash(2 ** 100), hash(-1.0) == hash(-1), hash(0.5) == hash(0.5 + 0j))
print({1.0, 1, True}, {0.0: "a", -0.0: "b", 0: "c"})
