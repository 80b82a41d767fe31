# float(str) error messages.
for s in ["", " ", "abc", "1.5.2", "1e", "e5", "1_", "_1", "1__0", "in", "infinit", "nanx", "0x10", "1.0j", "--1", "1 2",
          "\x00", "1\x00"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1.0], "1".encode("utf-16")]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
