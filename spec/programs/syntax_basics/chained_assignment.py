# Chained and unpacking assignment, augmented assignment and swaps.
a = b = c = 7
x, (y, z) = 1, (2, 3)
first, *rest = [10, 20, 30, 40]
*init, last = "abcd"
a += 1
b *= 3
x, y = y, x
print(a, b, c, x, y, z, first, rest, init, last)
