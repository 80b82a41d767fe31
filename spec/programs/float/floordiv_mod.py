# float // and % follow the divisor's sign; -0.0, inf and nan cases.
for a in (7.5, -7.5, 0.0, -0.0, 1e-300, 3.0):
    for b in (2.0, -2.0, 0.3, float("inf"), float("-inf")):
        print(a, b, a // b, a % b)
print(5 % 1e300, -5 % 1e300, 1e300 % 7, -1e300 % 7.0, 0.1 % 0.01, 1.0 // 0.1, 1.0 % 0.1)
print(float("inf") // 2, float("inf") % 2, float("nan") // 1, float("nan") % 1)
