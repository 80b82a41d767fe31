# complex numbers: arithmetic, abs, conjugate, repr.
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, complex("1-2j"), z.real, z.imag)
