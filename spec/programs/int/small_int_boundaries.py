# Arithmetic across the tagged small-int boundary (2**30) and 2**31, 2**53, 2**63.
for base in (2 ** 30, 2 ** 31, 2 ** 53, 2 ** 63):
    for d in (-1, 0, 1):
        n = base + d
        print(n, -n, n + n, n * n, n - 2 * n, n // 3, n % 1000, abs(-n), n * -1)
a = 2 ** 30 - 1
print(a + 1, -a - 2, a * a, (a + 1) // (a + 1), (-(a + 1)) // -1, 46341 * 46341, -46341 * 46341)
x = 0
for i in range(100000):
    x += i * i
print(x)
