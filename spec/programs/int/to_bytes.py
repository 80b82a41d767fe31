# int.to_bytes: byte orders, signed, defaults, and overflow errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (255).to_bytes())
print((2 ** 64 - 1).to_bytes(8, "big"), (-(2 ** 63)).to_bytes(8, "big", signed=True), (65).to_bytes(length=3, byteorder="little"))
cases = [(300, 1, "big", False), (-1, 2, "big", False), (128, 1, "big", True), (-129, 1, "big", True),
         (5, 1, "middle", False), (5, -1, "big", False), (1, 0, "big", False)]
for n, ln, order, signed in cases:
    try:
        print(n.to_bytes(ln, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
