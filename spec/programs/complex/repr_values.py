# repr/str of complex numbers: signs of zero, inf/nan parts, integral parts.
inf, nan = float("inf"), float("nan")
for z in [1j, -1j, 1 + 0j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1.5 - 2.5j, 1e20j,
          complex(1e-7, 1e16), complex(inf, nan), complex(-inf, -inf), complex(nan, 1), 3 + 4j, (1 / 3) * 1j]:
    print(repr(z), str(z), z.real, z.imag)
print([1j, 2 + 0j], (1 - 1j,), {1j: 2j}, f"{1 + 2j}", "%s %r" % (1j, 2j))
