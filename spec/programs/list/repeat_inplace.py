# list: * n, n *, +=, *= (in place, same object), += with any iterable
a = [1, 2]
print(a * 3, 2 * a, a * 0, a * -1)
b = a
b += (3, 4)
print(a, b is a)
b *= 2
print(a, b is a)
b += range(2)
print(a)
x = [[0]] * 3
x[0].append(1)
print(x)
try:
    a + (1,)
except TypeError as e:
    print(e)
try:
    a * 'x'
except TypeError as e:
    print(e)
