# round() on ints: ndigits negative rounds half to even, positive is the identity.
for n in (15, 25, 35, -15, -25, 1234567, 5, 4, 6, -5, 2 ** 70):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 3))
print(round(250, -2), round(350, -2), round(-250, -2), round(5, -1), round(15, -1), round(10 ** 20 + 5, -1))
print(type(round(5)).__name__, type(round(5, 2)).__name__, round(True), round(7, None))
