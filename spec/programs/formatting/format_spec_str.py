# Format specs for str: alignment, fill, precision truncation, and invalid specs.
print(format("abc", "<6") + "|", format("abc", ">6"), format("abc", "^7"), format("abcdef", ".3"), format("abc", "*^9.2"), format("😀x", "^6"))
for bad in ("d", "=5", "+", ",", "x"):
    try:
        format("abc", bad)
    except ValueError as e:
        print(e)
