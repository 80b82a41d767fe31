# float formatting with format specs and % formatting.
x = 1234.5678
print(f"{x:.2f} {x:10.1f} {x:e} {x:g} {x:%} {x:,.3f} {x:+.0f}", "%.3e" % x, "%g" % 1e-7, str(1e22), str(1e-4))
print(float("1_000.5"), float("-inf"), 7 / 2, 7 // 2.0, 2 ** 0.5, (0.1).hex(), float.fromhex("0x1.8p1"))
