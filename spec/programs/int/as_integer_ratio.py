# int.as_integer_ratio and the numerator/denominator/real/imag attributes.
for n in (0, 5, -5, 2 ** 80, True):
    print(n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.as_integer_ratio()[0]).__name__, type(True.real).__name__)
