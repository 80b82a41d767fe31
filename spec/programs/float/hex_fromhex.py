# float.hex and float.fromhex round-trips, specials and errors.
for x in (0.0, -0.0, 1.0, 0.1, -2.5, 3.0, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan")):
    h = x.hex()
    print(h, float.fromhex(h))
for s in ["0x1.8p1", "0X1P-2", "1p4", "-0x.8", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0",
          "  0xAp0  ", "inf", "-nan", "0x10p0", "0x1.0000000000000801p0"]:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
for s in ["0x1p1024", "0x", "1.2.3", "0x1p", ""]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
