# int.bit_length and int.bit_count, including negatives and big ints.
for n in (0, 1, -1, 2, 7, 8, -8, 255, 256, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 100, -(2 ** 100) + 1, 10 ** 50):
    print(n, n.bit_length(), n.bit_count())
print(True.bit_length(), False.bit_count())
