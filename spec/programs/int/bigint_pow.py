# Big-int powers and exact arithmetic on them.
print(2 ** 100, -(2 ** 100), (-3) ** 101)
print(3 ** 1000 % 7, len(str(2 ** 1000)), 10 ** 50 // 7)
print(2 ** 64 - 1, 2 ** 64 * 2 ** 64, (2 ** 64 + 1) * (2 ** 64 - 1))
print(7 ** 0, 0 ** 0, (-1) ** 1001, 1 ** (10 ** 20), 2 ** -2, (-2) ** -3)
x = 1
for i in range(1, 30):
    x *= i
print(x, x // 2 ** 50, x % 1000003)
print(sum(range(10 ** 6)) ** 3)
