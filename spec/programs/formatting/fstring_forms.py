# f-strings: expressions, = debugging, conversions, nested specs, quotes and braces.
x, y, name = 42, 3.14159, "Ann"
width, prec = 10, 3
print(f"{x} {y:.2f} {name!r} {name!a} {name!s:>6}|")
print(f"{x=} {y=:.1f} {name = } {x + 1 = }")
print(f"{y:{width}.{prec}f}|{x:#0{width}x}|{{x}}|{'nested'!r}")
print(f"{[i * i for i in range(4)]} {dict(a=1)['a']} {'é'!a} {x:,} {x:>{width}}|")
print(f"{'a' if x else 'b'}{3:03}{-1:+}{'done'}")
