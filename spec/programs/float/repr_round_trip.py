# Float repr is the shortest string that round-trips.
for x in [0.1, 0.1 + 0.2, 1e16, 1e-5, 123456789.123, 2.5e-310, 1 / 3, -0.0, float("inf")]:
    print(repr(x), float(repr(x)) == x or x != x)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5))
