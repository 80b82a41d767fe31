# float.is_integer and float.as_integer_ratio, including their errors.
for x in (0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 0.1, 2.5e-10, 5e-324, 2.0 ** 60, float("inf"), float("nan")):
    try:
        r = x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(x, x.is_integer(), r)
print((0.75).real, (0.75).imag, (0.75).conjugate(), float.__name__)
