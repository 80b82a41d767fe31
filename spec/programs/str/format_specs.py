# format() specs and f-strings: alignment, sign, width, precision, thousands, nested fields.
w = 10
pi = 3.14159265
print(f"[{pi:>{w}.3f}] [{pi:<10.2e}] [{12345678:,}] [{255:#x}] [{-3:+05d}]")
print(f"{'mid':^9}|{'x'!r}|{pi=:.2f}")
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
