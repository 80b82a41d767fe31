# Floor division and modulo take the sign of the divisor, for small and big ints.
for a in (7, -7, 0, 1, -1):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b)
B = 10 ** 30 + 7
for a in (B, -B):
    for b in (13, -13, 10 ** 20, -(10 ** 20)):
        print(a // b, a % b)
print(-(2 ** 30) // -1, (-(2 ** 30)) % -1, -(2 ** 62) // -1)
