# Error messages of int() for bad strings, bad bases and bad argument types.
for args in [("12a",), ("1.5",), ("0x10",), ("08", 0), ("9", 8), ("g", 16), (b"x1",), ("ab", 37), ("1", 1), ("\x00",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for args in [(None,), ([],), (1.5, 10), (12, 10), ("1", "2")]:
    try:
        print(int(*args))
    except TypeError as e:
        print("TypeError:", e)
print(int(), int(0), int(-0.0), int(3.99), int(-3.99), int(1e20), int(True))
